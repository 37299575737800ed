/**
 * The checkpointer copies committed pages from the write-ahead log into the database file from
 * its own thread, while the serving connection never checkpoints.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { startCheckpointer } from './wal-checkpointer';

const directory = mkdtempSync(join(tmpdir(), 'liminal-checkpoint-'));
afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describe('the WAL checkpointer', () => {
  it('moves committed pages into the database file while the writer keeps its connection', async () => {
    const path = join(directory, 'journeys.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('CREATE TABLE pages (body TEXT)');
    const insert = db.prepare('INSERT INTO pages (body) VALUES (?)');
    db.transaction(() => {
      for (let row = 0; row < 256; row++) insert.run('x'.repeat(4000));
    })();
    // Everything committed is in the log; the database file has not been written.
    expect(statSync(path).size).toBeLessThan(64 * 1024);

    const checkpointer = startCheckpointer(path, 20);
    const deadline = Date.now() + 20_000;
    while (statSync(path).size < 1024 * 1024 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await checkpointer.stop();
    expect(statSync(path).size).toBeGreaterThan(1024 * 1024);
    // The writer goes on writing after a checkpoint, and reads what it wrote.
    insert.run('after');
    expect(db.prepare('SELECT count(*) AS n FROM pages').get()).toEqual({ n: 257 });
    db.close();
  });

  it('stops at once when asked, even when it has nothing to do', async () => {
    const path = join(directory, 'idle.db');
    const db = new Database(path);
    db.pragma('journal_mode = WAL');
    const checkpointer = startCheckpointer(path);
    await expect(checkpointer.stop()).resolves.toBeUndefined();
    db.close();
  });
});
