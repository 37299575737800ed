/**
 * The SQLite store's schema: versioned migrations, tracked in `PRAGMA user_version`.
 */
import type Database from 'better-sqlite3';
import { StoreError } from './journey-store';

/** Each entry migrates the schema from version `index` to `index + 1`. Append only. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE journeys (
     id TEXT PRIMARY KEY,
     visitor TEXT NOT NULL,
     seed TEXT NOT NULL,
     turn INTEGER NOT NULL,
     ending TEXT,
     state TEXT NOT NULL,
     variants TEXT NOT NULL,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   ) STRICT;
   CREATE INDEX journeys_by_visitor ON journeys (visitor, updated_at DESC, id DESC);
   CREATE TABLE events (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     type TEXT NOT NULL,
     journey_id TEXT NOT NULL,
     visitor TEXT NOT NULL,
     at TEXT NOT NULL,
     variants TEXT NOT NULL,
     data TEXT NOT NULL
   ) STRICT;
   CREATE INDEX events_by_journey ON events (journey_id, seq);
   CREATE INDEX events_by_type ON events (type, seq);`,
  // Beats move to their own rows: a turn appends one small row instead of rewriting the whole
  // story, and (journey, turn) as the key makes a doubled beat impossible.
  `CREATE TABLE beats (
     journey_id TEXT NOT NULL,
     turn INTEGER NOT NULL,
     beat TEXT NOT NULL,
     PRIMARY KEY (journey_id, turn)
   ) STRICT, WITHOUT ROWID;
   INSERT INTO beats (journey_id, turn, beat)
     SELECT journeys.id, json_extract(value, '$.turn'), value
     FROM journeys, json_each(journeys.state, '$.beats');
   UPDATE journeys SET state = json_remove(state, '$.beats');`,
  'ALTER TABLE journeys ADD COLUMN cost_usd REAL NOT NULL DEFAULT 0;',
  // A leaner events table: the rowid as the sequence (events are never deleted, so it only grows;
  // AUTOINCREMENT cost a write to sqlite_sequence per event), and no index by type, which no
  // request path used (listEvents by type, for tests and operators, now scans the table).
  `CREATE TABLE events_lean (
     seq INTEGER PRIMARY KEY,
     type TEXT NOT NULL,
     journey_id TEXT NOT NULL,
     visitor TEXT NOT NULL,
     at TEXT NOT NULL,
     variants TEXT NOT NULL,
     data TEXT NOT NULL
   ) STRICT;
   INSERT INTO events_lean (seq, type, journey_id, visitor, at, variants, data)
     SELECT seq, type, journey_id, visitor, at, variants, data FROM events;
   DROP TABLE events;
   ALTER TABLE events_lean RENAME TO events;
   CREATE INDEX events_by_journey ON events (journey_id, seq);`,
  // Daily rollups of the events (@liminal/insights): one row per day, metric and key, added to
  // with a later write's transaction (see sqlite-rollups.ts); `rollups_through` is the last event
  // they include, so the store counts whatever came after it when it opens (events counted only in
  // memory when a process died, an older database's, or those written while rollups were off).
  `CREATE TABLE rollups (
     day TEXT NOT NULL,
     metric TEXT NOT NULL,
     key TEXT NOT NULL,
     value REAL NOT NULL,
     PRIMARY KEY (day, metric, key)
   ) STRICT, WITHOUT ROWID;
   CREATE TABLE rollups_through (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     seq INTEGER NOT NULL
   ) STRICT;
   INSERT INTO rollups_through (id, seq) VALUES (1, 0);`,
  // No index of events by journey: no request reads them that way (listEvents by journey, for
  // tests and operators, scans the table), and keeping it cost every turn a write to a random
  // page of the index.
  'DROP INDEX events_by_journey;',
  // The storyteller's sentences as translated, per language (@liminal/translation's cache).
  `CREATE TABLE translations (
     language TEXT NOT NULL,
     sentence TEXT NOT NULL,
     text TEXT NOT NULL,
     PRIMARY KEY (language, sentence)
   ) STRICT, WITHOUT ROWID;`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Brings the database up to SCHEMA_VERSION; refuses one newer than this build. */
export function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new StoreError(
      `The database schema is version ${current}, newer than this build understands (${SCHEMA_VERSION}).`,
    );
  }
  for (let version = current; version < SCHEMA_VERSION; version++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[version] ?? '');
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
