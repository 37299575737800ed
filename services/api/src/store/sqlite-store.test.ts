import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from './journey-store';
import { describeJourneyStoreContract } from './journey-store.contract';
import { MIGRATIONS, SCHEMA_VERSION } from './sqlite-schema';
import { createSqliteStore } from './sqlite-store';

const directory = mkdtempSync(join(tmpdir(), 'liminal-sqlite-'));
let files = 0;
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeJourneyStoreContract('sqlite', () =>
  Promise.resolve(createSqliteStore({ path: join(directory, `contract-${files++}.db`) })),
);

describe('the SQLite store', () => {
  it('refuses a second process on the same file while the first holds it', async () => {
    const path = join(directory, 'locked.db');
    const first = createSqliteStore({ path });
    expect(() => createSqliteStore({ path })).toThrow(/in use by another process/u);
    await first.close();
    await createSqliteStore({ path }).close();
  });

  it('keeps the WAL bounded while writes never stop, the worker checkpointing beside them', async () => {
    const path = join(directory, 'busy.db');
    // A small valve, so the test writes a few megabytes rather than forty.
    const store = createSqliteStore({ path, checkpointPages: 200, cacheSize: 0 });
    const { startStory } = await import('@liminal/story');
    const at = '2026-01-01T00:00:00.000Z';
    let largest = 0;
    for (let batch = 0; batch < 60; batch++) {
      await Promise.all(
        Array.from({ length: 50 }, (_, index) => {
          const id = `busy-${String(batch)}-${String(index)}`;
          const state = startStory(id);
          return store.createJourney(
            { id, visitor: 'v', state, variants: {}, costUsd: 0, createdAt: at, updatedAt: at },
            [],
          );
        }),
      );
      largest = Math.max(largest, statSync(`${path}-wal`).size);
    }
    // 3,000 journeys of about a page each went through a log that stayed near 200 pages.
    expect(statSync(path).size).toBeGreaterThan(4 * 1024 * 1024);
    expect(largest).toBeLessThan(3 * 1024 * 1024);
    await store.close();
  }, 60_000);

  it('uses WAL and records its schema version', async () => {
    const path = join(directory, 'pragmas.db');
    await createSqliteStore({ path }).close();
    const db = new Database(path, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('keeps only the indexes a request reads by', async () => {
    const path = join(directory, 'indexes.db');
    await createSqliteStore({ path }).close();
    const db = new Database(path, { readonly: true });
    const indexes = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex%' ORDER BY name",
      )
      .all()
      .map((row) => row.name);
    // The Journeys list reads by visitor; every other index would only slow a turn's writes.
    expect(indexes).toEqual(['journeys_by_visitor']);
    db.close();
  });

  it('keeps journeys across reopening the file', async () => {
    const path = join(directory, 'reopen.db');
    const { startStory } = await import('@liminal/story');
    const first = createSqliteStore({ path });
    const state = startStory('persisted');
    const at = '2026-01-01T00:00:00.000Z';
    await first.createJourney(
      { id: 'p', visitor: 'v', state, variants: {}, costUsd: 0, createdAt: at, updatedAt: at },
      [],
    );
    await first.close();
    const second = createSqliteStore({ path });
    expect((await second.getJourney('p'))?.state).toEqual(state);
    await second.close();
  });

  it('migrates a version 1 database (beats inside the story) to separate beat rows', async () => {
    const { startStory, continueStory } = await import('@liminal/story');
    const path = join(directory, 'v1.db');
    const db = new Database(path);
    db.exec(MIGRATIONS[0] ?? '');
    db.pragma('user_version = 1');
    const state = continueStory(startStory('old format'), 'yes');
    db.prepare(
      `INSERT INTO journeys (id, visitor, seed, turn, ending, state, variants, created_at, updated_at)
       VALUES ('old', 'v', 'old format', 2, NULL, ?, '{}', 'a', 'a')`,
    ).run(JSON.stringify(state));
    db.close();
    const store = createSqliteStore({ path });
    expect((await store.getJourney('old'))?.state).toEqual(state);
    await store.close();
  });

  it('keeps every event, in order, when the events table is rebuilt without AUTOINCREMENT', async () => {
    const path = join(directory, 'v3.db');
    const db = new Database(path);
    for (const migration of MIGRATIONS.slice(0, 3)) db.exec(migration);
    db.pragma('user_version = 3');
    const insert = db.prepare(
      `INSERT INTO events (type, journey_id, visitor, at, variants, data)
       VALUES (?, 'j', 'v', 'a', '{}', '{}')`,
    );
    insert.run('journey-started');
    insert.run('answer-given');
    db.close();
    const store = createSqliteStore({ path });
    const at = '2026-01-01T00:00:00.000Z';
    const { startStory } = await import('@liminal/story');
    await store.createJourney(
      {
        id: 'j',
        visitor: 'v',
        state: startStory('lean'),
        variants: {},
        costUsd: 0,
        createdAt: at,
        updatedAt: at,
      },
      [{ type: 'journey-completed', journeyId: 'j', visitor: 'v', at, variants: {}, data: {} }],
    );
    expect((await store.listEvents({ journeyId: 'j' })).map((event) => event.type)).toEqual([
      'journey-started',
      'answer-given',
      'journey-completed',
    ]);
    await store.close();
    const after = new Database(path, { readonly: true });
    const sql = after.prepare<[], { sql: string }>(
      "SELECT sql FROM sqlite_master WHERE name IN ('events', 'events_by_type')",
    );
    expect(
      sql
        .all()
        .map((row) => row.sql)
        .join('\n'),
    ).not.toMatch(/AUTOINCREMENT|events_by_type/u);
    after.close();
  });

  it('refuses a database written by a newer schema', () => {
    const path = join(directory, 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    expect(() => createSqliteStore({ path })).toThrow(StoreError);
  });
});
