/**
 * Crash safety: the server process is killed with SIGKILL in the middle of a burst of
 * concurrent answers; after a restart every acknowledged beat is there, none duplicated, none
 * skipped, and the insights' rollups equal a recount of the stored events.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEvent, emptyRollups } from '@liminal/insights';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteStore } from '../store/sqlite-store';
import { DATABASE_FILE } from './create-node-app';
import { READER_COOKIE } from '../testing/reader';

const dataDir = mkdtempSync(join(tmpdir(), 'liminal-crash-'));
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function startServer(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/api/src/node/server.ts'], {
    env: {
      ...process.env,
      PORT: '0',
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '0',
      WEB_ROOT: join(dataDir, 'none'),
      // The rollups' counts are written with every write, so some are in the table when the
      // server dies and the last are not: the reopened store must count exactly those.
      INSIGHTS_ROLLUPS_WRITE_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      reject(new Error(`server did not start: ${output}`));
    }, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+?)\/?\s/u.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1] });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      reject(new Error(`server exited with ${String(code)}: ${output}`));
    });
  });
}

interface Ack {
  journey: string;
  turn: number;
  text: string;
}

describe('a server whose port is taken', () => {
  it('says which port and how to choose another, and exits 1', async () => {
    const first = await startServer();
    const port = new URL(first.url).port;
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'services/api/src/node/server.ts'],
        {
          env: { ...process.env, PORT: port, DATA_DIR: join(dataDir, 'second'), WEB_ROOT: 'none' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} is already in use`);
      expect(stderr).toContain('npm start');
      expect(stderr).not.toMatch(/\n\s+at /u);
    } finally {
      first.child.kill('SIGTERM');
      await new Promise((resolve) => first.child.once('exit', resolve));
    }
  });
});

describe('a server asked to stop', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'exits cleanly on %s, keeping what it stored',
    async (signal) => {
      const server = await startServer();
      const response = await fetch(`${server.url}/api/journeys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'keep-alive', ...READER_COOKIE },
        body: JSON.stringify({ seed: `graceful ${signal}` }),
      });
      const { journey } = (await response.json()) as { journey: { id: string } };
      const exited = new Promise<number | null>((resolve) => server.child.once('exit', resolve));
      server.child.kill(signal);
      expect(await exited).toBe(0);
      const again = await startServer();
      try {
        const read = await fetch(`${again.url}/api/journeys/${journey.id}`, {
          headers: READER_COOKIE,
        });
        expect(read.status).toBe(200);
      } finally {
        again.child.kill('SIGTERM');
        await new Promise((resolve) => again.child.once('exit', resolve));
      }
    },
  );
});

describe('a server killed mid-burst', () => {
  it('keeps every acknowledged beat after restart, none duplicated or skipped, all in the rollups', async () => {
    const first = await startServer();
    const journeys: string[] = [];
    for (let index = 0; index < 24; index++) {
      const response = await fetch(`${first.url}/api/journeys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...READER_COOKIE },
        body: JSON.stringify({ seed: `crash ${index}` }),
      });
      journeys.push(((await response.json()) as { journey: { id: string } }).journey.id);
    }

    const acks: Ack[] = [];
    let killed = false;
    let interrupted = 0;
    let inFlight = 0;
    const player = async (id: string) => {
      for (let turn = 2; !killed && turn <= 20; turn++) {
        inFlight++;
        try {
          const response = await fetch(`${first.url}/api/journeys/${id}/turns`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...READER_COOKIE },
            body: JSON.stringify({ turn, answer: turn % 2 === 0 ? 'yes' : 'no' }),
          });
          if (response.status !== 200) return;
          const body = (await response.json()) as {
            beat: { turn: number; text: string; ending: string | null };
          };
          acks.push({ journey: id, turn: body.beat.turn, text: body.beat.text });
          if (body.beat.ending !== null) return;
        } catch {
          interrupted++; // the connection died with the server
          return;
        } finally {
          inFlight--;
        }
      }
    };
    const burst = Promise.all(journeys.map(player));
    // Kill once the burst is well under way, at a moment when requests are in flight (checked
    // and acted on in the same tick, so the count is what the kill interrupts).
    while (acks.length < 60 || inFlight === 0)
      await new Promise((resolve) => setTimeout(resolve, 2));
    const inFlightAtKill = inFlight;
    first.child.kill('SIGKILL');
    killed = true;
    await burst;
    expect(acks.length).toBeGreaterThanOrEqual(60);
    expect(inFlightAtKill, 'requests in flight when the server died').toBeGreaterThan(0);
    // Each of them either failed with the connection or was answered before the kill landed.
    expect(interrupted).toBeLessThanOrEqual(inFlightAtKill);

    // The insights' rollups lost nothing counted only in memory: some counts were written before
    // the kill (the marker says how far), and opened again, the store counts the events after the
    // marker, so the rollups equal a recount of every stored event.
    const raw = new Database(join(dataDir, DATABASE_FILE), { readonly: true });
    const marker = raw.prepare('SELECT seq FROM rollups_through').pluck().get() as number;
    const last = raw.prepare('SELECT max(seq) FROM events').pluck().get() as number;
    raw.close();
    // Some counts reached the table, and the last batch's were still only in memory.
    expect(marker).toBeGreaterThan(0);
    expect(marker).toBeLessThan(last);
    const reopened = createSqliteStore({ path: join(dataDir, DATABASE_FILE) });
    try {
      const recount = emptyRollups();
      (await reopened.listEvents()).forEach((event, index) => {
        applyEvent(recount, String(index), event);
      });
      expect(await reopened.rollups('2000-01-01', '2999-12-31')).toEqual(recount.days);
    } finally {
      await reopened.close();
    }

    const second = await startServer();
    try {
      for (const id of journeys) {
        const response = await fetch(`${second.url}/api/journeys/${id}`, {
          headers: READER_COOKIE,
        });
        expect(response.status).toBe(200);
        const { journey } = (await response.json()) as {
          journey: { beats: { turn: number; text: string }[]; answers: string[] };
        };
        // Contiguous turns from 1: nothing skipped, nothing doubled.
        expect(journey.beats.map((beat) => beat.turn)).toEqual(
          journey.beats.map((_, index) => index + 1),
        );
        expect(journey.answers).toHaveLength(journey.beats.length - 1);
        for (const ack of acks.filter((entry) => entry.journey === id)) {
          expect(journey.beats[ack.turn - 1]?.text).toBe(ack.text);
        }
      }
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }

    // Events agree with the journeys: one row per stored beat (its turn's row).
    const store = createSqliteStore({ path: join(dataDir, DATABASE_FILE) });
    for (const id of journeys) {
      const stored = await store.getJourney(id);
      const rows = await store.listEvents({ journeyId: id });
      expect(rows.map((event) => event.data['turn'])).toEqual(
        stored?.state.beats.map((beat) => beat.turn),
      );
    }
    await store.close();
  }, 60_000);
});
