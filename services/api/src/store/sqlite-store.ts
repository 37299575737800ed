/**
 * SQLite journey store (better-sqlite3): the default for local play. WAL mode, the schema in
 * `sqlite-schema.ts`, writes batched by `group-commit.ts`, recent journeys kept in
 * `record-cache.ts`, stories stored as `state-codec.ts` says. A journey is one row (the state without
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
import { createGroupCommit } from './group-commit';
import type { DayRollup } from '@liminal/insights';
import type { RollupsKeeping } from './sqlite-rollups';
import { createSqliteRollups } from './sqlite-rollups';
import { createRecordCache } from './record-cache';
import { startCheckpointer } from './wal-checkpointer';
import { migrate } from './sqlite-schema';
import { decodeStory, encodeBeat, encodeStateWithoutBeats } from './state-codec';

export interface SqliteStoreOptions {
  /** Database file path, or ':memory:'. */
  path: string;
  /** Journeys kept in memory after a read or write (0 turns the cache off). */
  cacheSize?: number;
  /** WAL pages after which the serving connection checkpoints itself (default 10,000). */
  checkpointPages?: number;
  /** Keep the daily rollups of @liminal/insights (default true). */
  rollups?: boolean;
  /** When counted rollups are written (see sqlite-rollups.ts); tests shorten it. */
  rollupsKeeping?: RollupsKeeping;
}

/** The SQLite store, with the daily rollups it keeps. */
export interface SqliteJourneyStore extends JourneyStore {
  /** The rollups of the days from `from` to `to` ("2026-11-01"), both included. */
  rollups(from: string, to: string): Promise<Record<string, DayRollup>>;
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

/**
 * Makes this process the database's only server, for as long as it runs: an exclusive lock on a
 * small file beside it (`<path>.lock`), held until close or exit. No other server can change a
 * journey behind this one's cache, and a second server on the same data directory fails at
 * start. The lock is a file of its own so the database itself can have a second connection, the
 * checkpointer's.
 */
function takeOwnership(path: string): Database.Database {
  mkdirSync(dirname(path), { recursive: true });
  // A short busy wait: a live owner holds the lock for good, a crashed one has released it.
  const lock = new Database(`${path}.lock`, { timeout: 1000 });
  try {
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.pragma('journal_mode = WAL');
    lock.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code === 'SQLITE_BUSY') {
      throw new StoreError(`The database ${path} is in use by another process.`, { cause: error });
    }
    throw error;
  }
  return lock;
}

/** Opens (creating if needed) a SQLite journey store. */
export function createSqliteStore(options: SqliteStoreOptions): SqliteJourneyStore {
  const owner = options.path === ':memory:' ? undefined : takeOwnership(options.path);
  let db: Database.Database;
  try {
    db = new Database(options.path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    // A worker thread checkpoints (see wal-checkpointer.ts); this connection checkpoints only
    // as a safety valve, once the log passes this many pages: under steady writes the worker's
    // checkpoints never catch up with the very last commit, so the log would never start over.
    // Most pages are copied by then, so the valve's checkpoint is short.
    db.pragma(`wal_autocheckpoint = ${String(options.checkpointPages ?? 10_000)}`);
    // Once checkpointed, the WAL file is cut back to this size instead of staying at its largest.
    db.pragma('journal_size_limit = 67108864');
  } catch (error) {
    owner?.close();
    throw error;
  }
  /** A store that fails to open leaves nothing open: not the database, nor the lock on it. */
  const failOpen = (error: unknown): never => {
    db.close();
    owner?.close();
    throw error;
  };
  try {
    migrate(db);
  } catch (error) {
    failOpen(error);
  }
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
  const selectTranslation = db.prepare<[string, string], { text: string }>(
    'SELECT text FROM translations WHERE language = ? AND sentence = ?',
  );
  const upsertTranslation = db.prepare(
    `INSERT INTO translations (language, sentence, text) VALUES (?, ?, ?)
     ON CONFLICT (language, sentence) DO UPDATE SET text = excluded.text`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO events (type, journey_id, visitor, at, variants, data)
     VALUES (@type, @journeyId, @visitor, @at, @variants, @data)`,
  );

  let rollups: ReturnType<typeof createSqliteRollups> | undefined;
  try {
    if (options.rollups ?? true) rollups = createSqliteRollups(db, options.rollupsKeeping);
  } catch (error) {
    failOpen(error);
  }
  const writeEvents = (events: readonly JourneyEvent[]): void => {
    for (const event of events) {
      const { lastInsertRowid } = insertEvent.run({
        type: event.type,
        journeyId: event.journeyId,
        visitor: event.visitor,
        at: event.at,
        variants: JSON.stringify(event.variants),
        data: JSON.stringify(event.data),
      });
      rollups?.stored(Number(lastInsertRowid), event);
    }
  };
  const writeBeats = (record: JourneyRecord, from: number): void => {
    for (const beat of record.state.beats.slice(from)) {
      insertBeat.run({ journeyId: record.id, turn: beat.turn, beat: encodeBeat(beat) });
    }
  };
  const columns = (record: JourneyRecord) => ({
    id: record.id,
    visitor: record.visitor,
    seed: record.state.world.seed,
    turn: record.state.beats.length,
    ending: record.state.ending,
    state: encodeStateWithoutBeats(record.state),
    variants: JSON.stringify(record.variants),
    costUsd: record.costUsd,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  });

  // Plain functions, not transactions of their own: the group commit runs them in its batch's
  // transaction (see group-commit.ts), and a nested transaction would cost a savepoint each.
  const create = (record: JourneyRecord, events: readonly JourneyEvent[]): void => {
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
  };
  const append = (
    record: JourneyRecord,
    expectedTurn: number,
    events: readonly JourneyEvent[],
  ): boolean => {
    // The conditional UPDATE comes first: a lost race returns before anything is written.
    const { changes } = updateJourney.run({ ...columns(record), expectedTurn });
    if (changes === 0) {
      if (journeyExists.get(record.id) === undefined) throw new JourneyNotFoundError(record.id);
      return false;
    }
    writeBeats(record, expectedTurn);
    writeEvents(events);
    return true;
  };

  const writes = createGroupCommit(db, rollups?.hooks);

  const checkpointer = owner === undefined ? undefined : startCheckpointer(options.path);

  // better-sqlite3 is synchronous; the contract is async so DynamoDB can share it.
  return {
    translations: {
      get: (language, sentences) =>
        Promise.resolve().then(() =>
          sentences.map((sentence) => selectTranslation.get(language, sentence)?.text),
        ),
      // With the turns' writes, in their group commit.
      put: (language, entries) =>
        writes.enqueue(() => {
          for (const [sentence, text] of entries) upsertTranslation.run(language, sentence, text);
        }),
    },
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
        const record: JourneyRecord = {
          id: row.id,
          visitor: row.visitor,
          state: decodeStory(
            row.state,
            beats.map((beat) => beat.beat),
          ),
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
    rollups(from, to) {
      return Promise.resolve().then(() => rollups?.read(from, to) ?? {});
    },
    async close() {
      try {
        writes.flush();
        // Counts it cannot write stay uncounted behind the marker, and are counted at the next
        // opening; the database and the lock are closed all the same.
        rollups?.close();
      } finally {
        await checkpointer?.stop();
        // The last connection to close checkpoints what is left and removes the WAL file.
        db.close();
        owner?.close();
      }
    },
  };
}
