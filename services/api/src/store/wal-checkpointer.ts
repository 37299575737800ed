/**
 * Checkpoints the SQLite write-ahead log from a worker thread with its own connection, so the
 * checkpoint's page copies and file syncs never stop the event loop. Run on the serving
 * connection (SQLite's automatic checkpoint), each one stopped every request for about 130 ms
 * once a second under load, and that was the whole of the p99 at 100 clients in `bench:api`.
 *
 * PASSIVE checkpoints never wait for the writer: each copies what has been committed so far. The
 * log starts over only when a write finds it wholly copied, which the worker's checkpoints rarely
 * leave it under steady writes; the serving connection keeps a rare checkpoint of its own as a
 * safety valve for that (sqlite-store.ts), short because the worker has copied nearly everything.
 */
// Renamed: the server bundle's banner declares `createRequire` at its top already.
import { createRequire as requireFrom } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the worker checkpoints: often, so the serving connection's rare safety-valve checkpoint finds little left to copy (bench:api p99 at 100 clients 91-115 ms at 200 ms, 65-94 ms at 50). */
const INTERVAL_MS = 50;

// Plain CommonJS evaluated in the worker, so the server's bundle needs no second entry point;
// better-sqlite3 comes from the path the serving thread resolved.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 0 });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    // Busy: the next round tries again. Anything else ends the worker, and the server says so.
    if (error.code !== 'SQLITE_BUSY' && error.code !== 'SQLITE_LOCKED') throw error;
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.once('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops checkpointing and closes the worker's connection. */
  stop(): Promise<void>;
}

export function startCheckpointer(path: string, intervalMs = INTERVAL_MS): Checkpointer {
  const driver = requireFrom(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER, { eval: true, workerData: { driver, path, intervalMs } });
  // The server's lifetime is its own: a checkpointer left running does not keep it up.
  worker.unref();
  // A worker that fails leaves the serving connection's own checkpoints (its safety valve) to
  // keep the log bounded; it is worth a line in the log, not a crash.
  worker.on('error', (error) => {
    console.error(
      JSON.stringify({ level: 'error', where: 'wal-checkpointer', error: error.message }),
    );
  });
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      resolve();
    });
  });
  return {
    stop: () => {
      // Held open again while it closes: a process waiting only for that would otherwise exit.
      worker.ref();
      worker.postMessage('stop');
      return exited;
    },
  };
}
