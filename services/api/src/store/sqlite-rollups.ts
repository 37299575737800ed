/**
 * The SQLite store's daily rollups (@liminal/insights). Events are counted in memory as their
 * transaction commits, and the counts are added to the `rollups` table, together with the
 * sequence number of the last event they include (`rollups_through`), in the transaction of a
 * later write: once a second has passed or enough events are waiting, and when the store closes.
 *
 * Why not in each turn's own transaction: a turn touches a dozen counters, and at ten clients,
 * where a batch holds a turn or two, writing them cost about a fifth of the server's turns per
 * second. Counted a second's worth at a time, the same counters are written once for hundreds of
 * turns. Nothing is lost or counted twice: the table and its marker are written in one
 * transaction, so they always agree with the events table; the events after the marker (those
 * counted in memory when the process died, an older database's, or those written while rollups
 * were off) are counted when the store opens; and a read adds the part counted but not yet
 * written, so it always equals a recount of the committed events. One process owns a database
 * (see sqlite-store.ts), so no other writer's events can fall between the marker and the counts.
 */
import type Database from 'better-sqlite3';
import type { DayRollup, InsightEvent, RollupRow, Rollups } from '@liminal/insights';
import { applyEvent, emptyRollups, fromRows, toRows } from '@liminal/insights';
import type { Variants } from './journey-store';

/** Rollup rows added by one statement (four parameters each, far under SQLite's limit). */
const ROWS_PER_STATEMENT = 64;

export interface RollupsKeeping {
  /** Events counted in memory before they are written with the next write (default 2,000). */
  events?: number;
  /** Milliseconds after which what is counted is written with the next write (default 1,000). */
  ms?: number;
}

interface EventRow {
  seq: number;
  type: string;
  journey_id: string;
  at: string;
  variants: string;
  data: string;
}

/**
 * The rollups kept for one database: `counted` for each event a write stores, and the hooks of
 * the store's group commit, which write the counts and drop a failed batch's events.
 */
export function createSqliteRollups(
  db: Database.Database,
  keeping: RollupsKeeping = {},
  warn: (message: string) => void = (message) => {
    console.warn(JSON.stringify({ level: 'warn', message }));
  },
) {
  const maxEvents = keeping.events ?? 2000;
  const maxMs = keeping.ms ?? 1000;

  // Many counters in one statement, rather than a statement (and its overhead) per counter.
  // Prepared once per row count, up to ROWS_PER_STATEMENT.
  const addStatements = new Map<number, Database.Statement<(string | number)[]>>();
  const addRows = (rows: readonly RollupRow[]) => {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
      let statement = addStatements.get(chunk.length);
      if (statement === undefined) {
        statement = db.prepare(
          `INSERT INTO rollups (day, metric, key, value) VALUES ${Array.from({ length: chunk.length }, () => '(?, ?, ?, ?)').join(', ')}
           ON CONFLICT (day, metric, key) DO UPDATE SET value = value + excluded.value`,
        );
        addStatements.set(chunk.length, statement);
      }
      statement.run(...chunk.flatMap((row) => [row.day, row.metric, row.key, row.value]));
    }
  };
  const selectRows = db.prepare<[string, string], RollupRow>(
    'SELECT day, metric, key, value FROM rollups WHERE day >= ? AND day <= ?',
  );
  const selectThrough = db.prepare<[], { seq: number }>(
    'SELECT seq FROM rollups_through WHERE id = 1',
  );
  const markThrough = db.prepare<[number]>('UPDATE rollups_through SET seq = ? WHERE id = 1');
  const eventsAfter = db.prepare<[number], EventRow>(
    'SELECT seq, type, journey_id, at, variants, data FROM events WHERE seq > ? ORDER BY seq',
  );

  /** Committed events counted but not yet written, and the last one's sequence number. */
  let counted: Rollups = emptyRollups();
  let countedEvents = 0;
  let countedThrough = 0;
  let writtenAt = performance.now();
  /** The current transaction's events, counted only once it commits. */
  let batch: { seq: number; event: InsightEvent }[] = [];
  /** Whether the current transaction writes the counts (cleared only once it commits). */
  let writing = false;
  /** Counting failed: the counts are no longer written (see afterCommit). */
  let broken = false;

  const count = (seq: number, event: InsightEvent) => {
    // The key only guards against counting an event twice; a sequence number is unique.
    applyEvent(counted, String(seq), event);
    countedEvents++;
    countedThrough = seq;
  };
  const writeCounted = () => {
    addRows(toRows(counted.days));
    markThrough.run(countedThrough);
  };
  const forgetCounted = () => {
    counted = emptyRollups();
    countedEvents = 0;
    writtenAt = performance.now();
  };

  // What is not counted yet, at opening: all of it, in one transaction. An event that cannot be
  // counted (a row damaged by hand, or a bug) is passed over and said so, rather than keeping
  // the store, and the server with it, from opening.
  let passedOver = 0;
  db.transaction(() => {
    countedThrough = selectThrough.get()?.seq ?? 0;
    for (const row of eventsAfter.iterate(countedThrough)) {
      try {
        count(row.seq, {
          type: row.type,
          journeyId: row.journey_id,
          at: row.at,
          variants: JSON.parse(row.variants) as Variants,
          data: JSON.parse(row.data) as InsightEvent['data'],
        });
      } catch {
        passedOver++;
        countedThrough = row.seq;
      }
    }
    if (countedEvents > 0 || passedOver > 0) writeCounted();
  })();
  if (passedOver > 0) warn(`rollups: ${String(passedOver)} stored events could not be counted`);
  forgetCounted();

  return {
    /** An event the current transaction stores, with its sequence number. */
    stored(seq: number, event: InsightEvent): void {
      batch.push({ seq, event });
    },
    /** The group commit's hooks. */
    hooks: {
      beforeCommit(): void {
        if (broken || countedEvents === 0) return;
        if (countedEvents < maxEvents && performance.now() - writtenAt < maxMs) return;
        writeCounted();
        writing = true;
      },
      afterCommit(): void {
        if (writing) forgetCounted();
        writing = false;
        const committed = batch;
        batch = [];
        try {
          for (const { seq, event } of committed) count(seq, event);
        } catch {
          // An event the counting code cannot count (a bug): nothing more is written, so the
          // marker stays before it and the next opening counts from there (passing over what it
          // cannot count). The committed writes themselves stand, and their callers are answered.
          broken = true;
          warn('rollups: an event could not be counted; counting stops until the store reopens');
        }
      },
      afterRollback(): void {
        writing = false;
        batch = [];
      },
    },
    /** The days from `from` to `to`: the table's rows and what is counted but not yet written. */
    read(from: string, to: string): Record<string, DayRollup> {
      const waiting = toRows(counted.days).filter((row) => row.day >= from && row.day <= to);
      return fromRows([...selectRows.all(from, to), ...waiting]);
    },
    /** Writes what is counted; the store calls it as it closes. */
    close(): void {
      if (!broken && countedEvents > 0) db.transaction(writeCounted)();
      forgetCounted();
    },
  };
}
