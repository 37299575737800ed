/**
 * SQLite journey store (better-sqlite3): the default for local play. WAL mode, versioned
 * migrations tracked in `PRAGMA user_version`. A journey is one row (the story state without
 * its beats) plus one row per beat; a turn is a conditional UPDATE of the journey row, the new
 * beat's INSERT and the events, in one transaction, so two answers to one turn produce one beat.
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
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export interface SqliteStoreOptions {
  /** Database file path, or ':memory:'. */
  path: string;
  /** Journeys kept in memory after a read or write (0 turns the cache off). */
  cacheSize?: number;
}

interface JourneyRow {
  id: string;
  visitor: string;
  state: string;
  variants: string;
  cost_usd: number;
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

/**
 * Least-recently-used journeys. Records are immutable values (the story domain never mutates
 * state), so handing out the cached object is safe.
 */
function createRecordCache(capacity: number) {
  const records = new Map<string, JourneyRecord>();
  return {
    get(id: string): JourneyRecord | undefined {
      const record = records.get(id);
      if (record !== undefined) {
        records.delete(id);
        records.set(id, record);
      }
      return record;
    },
    set(record: JourneyRecord): void {
      if (capacity <= 0) return;
      records.delete(record.id);
      records.set(record.id, record);
      if (records.size > capacity) {
        const oldest = records.keys().next();
        if (oldest.done !== true) records.delete(oldest.value);
      }
    },
  };
}

/**
 * Group commit: writes requested during one turn of the event loop share one transaction (each
 * in its own savepoint, so one failing write does not undo the others), and each caller's
 * promise settles only after the COMMIT. Under load this turns hundreds of commits a second
 * into a few dozen, with the same durability for every acknowledged write.
 */
function createGroupCommit(db: Database.Database) {
  interface Write {
    run: () => unknown;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }
  let queue: Write[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      db.transaction(() => {
        for (const write of batch) {
          try {
            outcomes.push({ ok: true, value: write.run() });
          } catch (error) {
            outcomes.push({ ok: false, value: error });
          }
        }
      })();
    } catch (error) {
      // The COMMIT itself failed: nothing in the batch was written.
      for (const write of batch) write.reject(error);
      return;
    }
    batch.forEach((write, index) => {
      const outcome = outcomes[index];
      if (outcome?.ok === true) write.resolve(outcome.value);
      else write.reject(outcome?.value);
    });
  }

  return {
    flush,
    /** Runs `run` (a nested db.transaction, so a savepoint) in the next group commit. */
    enqueue<T>(run: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
  };
}

/** Opens (creating if needed) a SQLite journey store. */
export function createSqliteStore(options: SqliteStoreOptions): JourneyStore {
  if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
  // A short busy wait: a live owner holds the lock for good, a crashed one has released it.
  const db = new Database(options.path, { timeout: 1000 });
  try {
    // This process owns the file (taken by the empty write below and held until close): no
    // other writer can change a journey behind the cache, and a second server on the same data
    // directory fails at start. Set before WAL, so no shared memory is used.
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreError(`The database ${options.path} is in use by another process.`, {
        cause: error,
      });
    }
    throw error;
  }
  migrate(db);
  const cache = createRecordCache(options.cacheSize ?? 2000);

  const insertBeat = db.prepare(
    'INSERT INTO beats (journey_id, turn, beat) VALUES (@journeyId, @turn, @beat)',
  );
  const selectBeats = db.prepare<[string], { beat: string }>(
    'SELECT beat FROM beats WHERE journey_id = ? ORDER BY turn',
  );
  const insertJourney = db.prepare(
    `INSERT INTO journeys (id, visitor, seed, turn, ending, state, variants, cost_usd, created_at, updated_at)
     VALUES (@id, @visitor, @seed, @turn, @ending, @state, @variants, @costUsd, @createdAt, @updatedAt)`,
  );
  const updateJourney = db.prepare(
    `UPDATE journeys SET turn = @turn, ending = @ending, state = @state, cost_usd = @costUsd,
       updated_at = @updatedAt
     WHERE id = @id AND turn = @expectedTurn`,
  );
  const selectJourney = db.prepare<[string], JourneyRow>(
    'SELECT id, visitor, state, variants, cost_usd, created_at, updated_at FROM journeys WHERE id = ?',
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
  const writeBeats = (record: JourneyRecord, from: number): void => {
    for (const beat of record.state.beats.slice(from)) {
      insertBeat.run({ journeyId: record.id, turn: beat.turn, beat: JSON.stringify(beat) });
    }
  };
  const columns = (record: JourneyRecord) => ({
    id: record.id,
    visitor: record.visitor,
    seed: record.state.world.seed,
    turn: record.state.beats.length,
    ending: record.state.ending,
    state: JSON.stringify({ ...record.state, beats: undefined }),
    variants: JSON.stringify(record.variants),
    costUsd: record.costUsd,
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
    writeBeats(record, 0);
    writeEvents(events);
  });
  const append = db.transaction(
    (record: JourneyRecord, expectedTurn: number, events: readonly JourneyEvent[]): boolean => {
      const { changes } = updateJourney.run({ ...columns(record), expectedTurn });
      if (changes === 0) {
        if (journeyExists.get(record.id) === undefined) throw new JourneyNotFoundError(record.id);
        return false;
      }
      writeBeats(record, expectedTurn);
      writeEvents(events);
      return true;
    },
  );

  const writes = createGroupCommit(db);

  // better-sqlite3 is synchronous; the contract is async so DynamoDB can share it.
  return {
    async createJourney(record, events) {
      await writes.enqueue(() => {
        create(record, events);
      });
      cache.set(record);
    },
    getJourney(id) {
      return Promise.resolve().then(() => {
        const cached = cache.get(id);
        if (cached !== undefined) return cached;
        const read = db.transaction(() => ({
          row: selectJourney.get(id),
          beats: selectBeats.all(id),
        }));
        const { row, beats } = read();
        if (row === undefined) return null;
        // Reassemble the story text-wise, so loadStory checks the whole of it as one document.
        const state = `${row.state.slice(0, -1)},"beats":[${beats.map((beat) => beat.beat).join(',')}]}`;
        const record: JourneyRecord = {
          id: row.id,
          visitor: row.visitor,
          state: loadStory(state),
          variants: JSON.parse(row.variants) as Variants,
          costUsd: row.cost_usd,
          createdAt: row.created_at,
          updatedAt: row.updated_at,
        };
        cache.set(record);
        return record;
      });
    },
    async appendTurn(record, expectedTurn, events) {
      const written = await writes.enqueue(() => append(record, expectedTurn, events));
      if (written) cache.set(record);
      return written;
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
      writes.flush();
      db.close();
      return Promise.resolve();
    },
  };
}
