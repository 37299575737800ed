/**
 * Group commit for better-sqlite3: writes requested during one turn of the event loop share one
 * transaction, and each caller's promise settles only after the COMMIT. Under load this turns
 * hundreds of commits a second into a few dozen, with the same durability for every
 * acknowledged write.
 *
 * The writes run one after another with no savepoint between them (a savepoint per write was a
 * quarter of the cost of a turn). A write that fails must therefore not leave half its work in
 * the batch: when one throws, the whole batch is rolled back and every write runs again in a
 * transaction of its own, so each one still lands whole or not at all, and one caller's failure
 * is never another's. A write that decides not to write (a lost race) returns rather than throws.
 */
import type Database from 'better-sqlite3';

/**
 * Work a store adds to every transaction: `beforeCommit` inside it, `afterCommit` once it is
 * committed, `afterRollback` if it fails.
 */
export interface CommitHooks {
  beforeCommit?: () => void;
  afterCommit?: () => void;
  afterRollback?: () => void;
}

export function createGroupCommit(db: Database.Database, hooks: CommitHooks = {}) {
  /** The writes, then whatever the store adds before COMMIT, in one transaction. */
  const transaction = db.transaction((runs: readonly (() => unknown)[]) => {
    const values = runs.map((run) => run());
    hooks.beforeCommit?.();
    return values;
  });

  interface Write {
    run: () => unknown;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }
  let queue: Write[] = [];
  let scheduled = false;

  /** Runs every write of the batch alone, settling each by its own outcome. */
  function oneByOne(batch: readonly Write[]): void {
    for (const write of batch) {
      let value: unknown;
      try {
        [value] = transaction([write.run]);
      } catch (error) {
        hooks.afterRollback?.();
        write.reject(error);
        continue;
      }
      hooks.afterCommit?.();
      write.resolve(value);
    }
  }

  function flush(): void {
    scheduled = false;
    const batch = queue;
    queue = [];
    if (batch.length === 0) return;
    let values: unknown[];
    try {
      values = transaction(batch.map((write) => write.run));
    } catch (error) {
      hooks.afterRollback?.();
      // A write failed (or the COMMIT did): nothing in the batch was written. A batch of one
      // had a transaction of its own already, and its error is its own.
      if (batch.length === 1) batch[0]?.reject(error);
      else oneByOne(batch);
      return;
    }
    hooks.afterCommit?.();
    batch.forEach((write, index) => {
      write.resolve(values[index]);
    });
  }

  return {
    flush,
    /** Runs `run` in the next group commit: all of it is written, or none of it. */
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
