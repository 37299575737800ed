/**
 * The SQLite store's daily rollups: counted as events commit and written with a later write, so
 * a read always equals a recount of the stored events and the table, with its marker, catches up
 * whenever it is due and at close; filled from the events already stored when a database from
 * before them is opened. (A crash between the two is in server.crash.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyEvent, emptyRollups, fromRows } from '@liminal/insights';
import { continueStory, startStory } from '@liminal/story';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { JourneyEvent, JourneyRecord } from './journey-store';
import type { SqliteJourneyStore } from './sqlite-store';
import { createSqliteStore } from './sqlite-store';

const directory = mkdtempSync(join(tmpdir(), 'liminal-rollups-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

const DAY = '2026-11-26';
const at = `${DAY}T10:00:00.000Z`;

function turnEvent(record: JourneyRecord, turn: number, ending: string | null): JourneyEvent {
  return {
    type: turn === 1 ? 'journey-started' : 'beat-served',
    journeyId: record.id,
    visitor: record.visitor,
    at,
    variants: record.variants,
    data: {
      turn,
      narrator: 'storyteller',
      latencyMs: 1,
      fallback: false,
      costUsd: 0,
      ending,
      ...(turn === 1 ? {} : { answer: turn % 2 === 0 ? 'yes' : 'no' }),
    },
  };
}

/** Plays `turns` turns of a journey through the store, as the journey service writes them. */
async function play(store: SqliteJourneyStore, id: string, turns: number): Promise<void> {
  let record: JourneyRecord = {
    id,
    visitor: 'v',
    state: startStory(id),
    variants: { 'beat-reveal': id.length % 2 === 0 ? 'whole' : 'streamed' },
    costUsd: 0,
    createdAt: at,
    updatedAt: at,
  };
  await store.createJourney(record, [turnEvent(record, 1, null)]);
  for (let turn = 2; turn <= turns && record.state.ending === null; turn++) {
    const next = { ...record, state: continueStory(record.state, turn % 2 === 0 ? 'yes' : 'no') };
    await store.appendTurn(next, turn - 1, [turnEvent(next, turn, next.state.ending)]);
    record = next;
  }
}

/** The rollups recounted from the stored events, from scratch. */
async function recount(store: SqliteJourneyStore) {
  const rollups = emptyRollups();
  (await store.listEvents()).forEach((event, index) => {
    applyEvent(rollups, String(index), event);
  });
  return rollups.days;
}

describe('the SQLite rollups', () => {
  it('equal a recount of the stored events after journeys played at once', async () => {
    const store = createSqliteStore({ path: join(directory, 'played.db') });
    await Promise.all(
      ['a', 'bb', 'ccc', 'dddd', 'eeeee'].map((id, index) => play(store, id, 3 + index * 4)),
    );
    const rollups = await store.rollups(DAY, DAY);
    expect(rollups).toEqual(await recount(store));
    expect(rollups[DAY]?.stories.started).toBe(5);
    expect(await store.rollups('2026-11-27', '2026-12-31')).toEqual({});
    await store.close();
  });

  it('are written to the table with the write after they are due, and the rest at close', async () => {
    const path = join(directory, 'due.db');
    // Due after every third event, so nearly every write writes the counts before it.
    const store = createSqliteStore({ path, rollupsKeeping: { events: 3, ms: 60_000 } });
    await play(store, 'written as it goes', 9);
    const table = () => {
      const db = new Database(path, { readonly: true });
      try {
        const rows = db.prepare('SELECT day, metric, key, value FROM rollups').all();
        const through = db.prepare('SELECT seq FROM rollups_through').pluck().get() as number;
        return { days: fromRows(rows as Parameters<typeof fromRows>[0]), through };
      } finally {
        db.close();
      }
    };
    const before = table();
    // Some turns are in the table already, and the marker says which; the last are not.
    expect(before.days[DAY]?.stories.started).toBe(1);
    expect(before.through).toBeGreaterThan(3);
    expect(before.through).toBeLessThan(9);
    expect(await store.rollups(DAY, DAY)).toEqual(await recount(store));
    await store.close();
    const after = table();
    expect(after.through).toBe(9);
    const reopened = createSqliteStore({ path });
    expect(after.days).toEqual(await recount(reopened));
    await reopened.close();
  });

  it('keep nothing of counts written in a transaction that fails, and write them with the next', async () => {
    const path = join(directory, 'failed-write.db');
    // Due with every write: each transaction writes the counts of the ones before it.
    const store = createSqliteStore({ path, rollupsKeeping: { events: 1, ms: 60_000 } });
    await play(store, 'before the failure', 4);
    // Make the marker's update fail, as a full disk would: the transaction that writes the
    // counts fails whole, its own write included.
    const raw = new Database(path);
    raw.exec(`CREATE TABLE fail (on_ INTEGER);
      CREATE TRIGGER fail_marker BEFORE UPDATE ON rollups_through WHEN (SELECT count(*) FROM fail) > 0
      BEGIN SELECT RAISE(ABORT, 'disk full'); END;
      INSERT INTO fail VALUES (1);`);
    const failed = await play(store, 'during the failure', 3).catch((error: unknown) => error);
    expect(String(failed)).toContain('disk full');
    raw.exec('DELETE FROM fail');
    await play(store, 'after the failure', 5);
    expect(await store.rollups(DAY, DAY)).toEqual(await recount(store));
    await store.close();
    // What the table holds alone, once closed, is a recount too: nothing counted twice.
    const rows = raw.prepare('SELECT day, metric, key, value FROM rollups').all();
    raw.close();
    const reopened = createSqliteStore({ path, rollups: false });
    expect(fromRows(rows as Parameters<typeof fromRows>[0])).toEqual(await recount(reopened));
    await reopened.close();
  });

  it('open past a stored event they cannot count, saying so, and count the rest', async () => {
    const path = join(directory, 'damaged.db');
    const first = createSqliteStore({ path });
    await play(first, 'before the damage', 4);
    const before = await first.rollups(DAY, DAY);
    await first.close();
    const raw = new Database(path);
    raw
      .prepare(
        `INSERT INTO events (type, journey_id, visitor, at, variants, data) VALUES ('beat-served', 'x', 'v', ?, '{}', '{not json')`,
      )
      .run(at);
    raw.close();
    const warnings: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((message: string) => {
      warnings.push(message);
    });
    try {
      const reopened = createSqliteStore({ path });
      expect(await reopened.rollups(DAY, DAY)).toEqual(before);
      await play(reopened, 'after the damage', 3);
      expect((await reopened.rollups(DAY, DAY))[DAY]?.stories.started).toBe(2);
      await reopened.close();
    } finally {
      warn.mockRestore();
    }
    expect(warnings.join()).toContain('1 stored events could not be counted');
  });

  it('count a write once when its batch fails and its writes run again one by one', async () => {
    const store = createSqliteStore({ path: join(directory, 'retried.db') });
    const record: JourneyRecord = {
      id: 'taken',
      visitor: 'v',
      state: startStory('taken'),
      variants: {},
      costUsd: 0,
      createdAt: at,
      updatedAt: at,
    };
    // Two writes in one batch: the second takes the same id and fails, so the batch is undone
    // and the first written again on its own.
    const results = await Promise.allSettled([
      store.createJourney(record, [turnEvent(record, 1, null)]),
      store.createJourney(record, [turnEvent(record, 1, null)]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    expect((await store.rollups(DAY, DAY))[DAY]?.stories.started).toBe(1);
    expect(await store.rollups(DAY, DAY)).toEqual(await recount(store));
    await store.close();
  });

  it('count the events of an older database as it is upgraded, rows of before one row per turn too', async () => {
    const path = join(directory, 'before.db');
    const old = createSqliteStore({ path, rollups: false });
    await play(old, 'old journey', 6);
    await old.close();
    // Back to the schema before the rollups, with a journey stored the way versions before one
    // row per turn stored it: a start without a beat, a row per beat, answers and the end apart.
    const db = new Database(path);
    db.exec(
      'DROP TABLE rollups; DROP TABLE rollups_through; DROP TABLE translations; CREATE INDEX events_by_journey ON events (journey_id, seq)',
    );
    db.pragma('user_version = 4');
    const insert = db.prepare(
      `INSERT INTO events (type, journey_id, visitor, at, variants, data) VALUES (?, 'legacy', 'v', ?, '{"beat-reveal":"whole"}', ?)`,
    );
    const legacy: [string, object][] = [
      ['journey-started', { seed: 'legacy', setting: 'Night bus', genre: 'noir', replayed: false }],
      ['beat-served', { turn: 1, narrator: 'storyteller', latencyMs: 1, fallback: false }],
      ['answer-given', { turn: 1, answer: 'yes' }],
      ['beat-served', { turn: 2, narrator: 'storyteller', latencyMs: 1, fallback: false }],
      ['journey-completed', { ending: 'arrival', length: 2 }],
    ];
    for (const [type, data] of legacy) insert.run(type, at, JSON.stringify(data));
    db.close();

    const store = createSqliteStore({ path });
    const rollups = await store.rollups(DAY, DAY);
    expect(rollups[DAY]?.stories).toMatchObject({ started: 2, beats: 8, completed: 1 });
    // Rows from before visitors were counted count none.
    expect(rollups[DAY]?.variants['beat-reveal=whole']).toEqual({
      visitors: 0,
      journeys: 1,
      completed: 1,
      beats: 2,
      beatsSquared: 4,
    });
    expect(rollups).toEqual(await recount(store));
    await store.close();
  });

  it('count what was written while they were off when they are turned back on', async () => {
    const path = join(directory, 'off-then-on.db');
    const first = createSqliteStore({ path });
    await play(first, 'counted at once', 3);
    await first.close();
    const off = createSqliteStore({ path, rollups: false });
    await play(off, 'written while off', 4);
    await off.close();
    const on = createSqliteStore({ path });
    expect((await on.rollups(DAY, DAY))[DAY]?.stories).toMatchObject({ started: 2, beats: 7 });
    expect(await on.rollups(DAY, DAY)).toEqual(await recount(on));
    await on.close();
    // Opening again counts nothing twice.
    const again = createSqliteStore({ path });
    expect(await again.rollups(DAY, DAY)).toEqual(await recount(again));
    await again.close();
  });
});
