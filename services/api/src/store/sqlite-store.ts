/**
 * SQLite journey store (better-sqlite3): the default for local play. WAL mode, versioned
 * migrations tracked in `PRAGMA user_version`, and turns appended with a conditional UPDATE in
 * the same transaction as their events, so two answers to one turn produce one beat.
 *
 * `synchronous = NORMAL` in WAL mode keeps every committed transaction across a process crash
 * (only an operating-system crash or power loss can lose the last ones), at a fraction of the
 * cost of FULL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadStory } from '@liminal/story';
import type {
  EventQuery,
  EventType,
  JourneyEvent,
  JourneyRecord,
  JourneyStore,
  JourneySummary,
  Variants,
} from './journey-store';
import { JourneyExistsError, JourneyNotFoundError, StoreError } from './journey-store';

/** Each entry migrates the schema from version `index` to `index + 1`. Append only. */
const MIGRATIONS: readonly string[] = [
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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface SqliteStoreOptions {
  /** Database file path, or ':memory:'. */
  path: string;
}

interface JourneyRow {
  id: string;
  visitor: string;
  state: string;
  variants: string;
  created_at: string;
  updated_at: string;
}

interface SummaryRow {
  id: string;
  seed: string;
  turn: number;
  ending: string | null;
  created_at: string;
  updated_at: string;
}

interface EventRow {
  type: string;
  journey_id: string;
  visitor: string;
  at: string;
  variants: string;
  data: string;
}

function migrate(db: Database.Database): void {
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

/** Opens (creating if needed) a SQLite journey store. */
export function createSqliteStore(options: SqliteStoreOptions): JourneyStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  const db = new Database(options.path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  const insertJourney = db.prepare(
    `INSERT INTO journeys (id, visitor, seed, turn, ending, state, variants, created_at, updated_at)
     VALUES (@id, @visitor, @seed, @turn, @ending, @state, @variants, @createdAt, @updatedAt)`,
  );
  const updateJourney = db.prepare(
    `UPDATE journeys SET turn = @turn, ending = @ending, state = @state, updated_at = @updatedAt
     WHERE id = @id AND turn = @expectedTurn`,
  );
  const selectJourney = db.prepare<[string], JourneyRow>(
    'SELECT id, visitor, state, variants, created_at, updated_at FROM journeys WHERE id = ?',
  );
  const journeyExists = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM journeys WHERE id = ?',
  );
  const selectSummaries = db.prepare<[string, number], SummaryRow>(
    `SELECT id, seed, turn, ending, created_at, updated_at FROM journeys
     WHERE visitor = ? ORDER BY updated_at DESC, id DESC LIMIT ?`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (type, journey_id, visitor, at, variants, data)
     VALUES (@type, @journeyId, @visitor, @at, @variants, @data)`,
  );

  const writeEvents = (events: readonly JourneyEvent[]): void => {
    for (const event of events) {
      insertEvent.run({
        type: event.type,
        journeyId: event.journeyId,
        visitor: event.visitor,
        at: event.at,
        variants: JSON.stringify(event.variants),
        data: JSON.stringify(event.data),
      });
    }
  };
  const columns = (record: JourneyRecord) => ({
    id: record.id,
    visitor: record.visitor,
    seed: record.state.world.seed,
    turn: record.state.beats.length,
    ending: record.state.ending,
    state: JSON.stringify(record.state),
    variants: JSON.stringify(record.variants),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });

  const create = db.transaction((record: JourneyRecord, events: readonly JourneyEvent[]) => {
    try {
      insertJourney.run(columns(record));
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new JourneyExistsError(record.id);
      }
      throw error;
    }
    writeEvents(events);
  });
  const append = db.transaction(
    (record: JourneyRecord, expectedTurn: number, events: readonly JourneyEvent[]): boolean => {
      const { changes } = updateJourney.run({ ...columns(record), expectedTurn });
      if (changes === 0) {
        if (journeyExists.get(record.id) === undefined) throw new JourneyNotFoundError(record.id);
        return false;
      }
      writeEvents(events);
      return true;
    },
  );

  // better-sqlite3 is synchronous; the contract is async so DynamoDB can share it.
  return {
    createJourney(record, events) {
      return Promise.resolve().then(() => {
        create(record, events);
      });
    },
    getJourney(id) {
      return Promise.resolve().then(() => {
        const row = selectJourney.get(id);
        if (row === undefined) return null;
        return {
          id: row.id,
          visitor: row.visitor,
          state: loadStory(row.state),
          variants: JSON.parse(row.variants) as Variants,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
      });
    },
    appendTurn(record, expectedTurn, events) {
      return Promise.resolve().then(() => append(record, expectedTurn, events));
    },
    listJourneys(visitor, limit) {
      return Promise.resolve().then(() =>
        selectSummaries.all(visitor, limit).map((row): JourneySummary => ({
          id: row.id,
          seed: row.seed,
          turn: row.turn,
          ending: row.ending as JourneySummary['ending'],
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        })),
      );
    },
    listEvents(query: EventQuery = {}) {
      return Promise.resolve().then(() => {
        const where: string[] = [];
        const parameters: (string | number)[] = [];
        if (query.journeyId !== undefined) {
          where.push('journey_id = ?');
          parameters.push(query.journeyId);
        }
        if (query.type !== undefined) {
          where.push('type = ?');
          parameters.push(query.type);
        }
        const sql = `SELECT type, journey_id, visitor, at, variants, data FROM events
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq LIMIT ?`;
        parameters.push(query.limit ?? -1);
        return db
          .prepare<(string | number)[], EventRow>(sql)
          .all(...parameters)
          .map((row): JourneyEvent => ({
            type: row.type as EventType,
            journeyId: row.journey_id,
            visitor: row.visitor,
            at: row.at,
            variants: JSON.parse(row.variants) as Variants,
            data: JSON.parse(row.data) as JourneyEvent['data'],
          }));
      });
    },
    close() {
      db.close();
      return Promise.resolve();
    },
  };
}
