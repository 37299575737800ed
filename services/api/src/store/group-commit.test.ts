import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createGroupCommit } from './group-commit';

function table() {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE rows (name TEXT PRIMARY KEY) STRICT');
  const insert = db.prepare('INSERT INTO rows (name) VALUES (?)');
  const names = () =>
    db
      .prepare<[], { name: string }>('SELECT name FROM rows ORDER BY name')
      .all()
      .map((row) => row.name);
  return { db, insert, names };
}

describe('group commit', () => {
  it('writes a batch in one transaction and settles each caller with its own value', async () => {
    const { db, insert, names } = table();
    const writes = createGroupCommit(db);
    const results = await Promise.all(
      ['a', 'b', 'c'].map((name) => writes.enqueue(() => insert.run(name).changes)),
    );
    expect(results).toEqual([1, 1, 1]);
    expect(names()).toEqual(['a', 'b', 'c']);
  });

  it('leaves nothing of a write that fails half-way, and the rest of its batch lands', async () => {
    const { db, insert, names } = table();
    const writes = createGroupCommit(db);
    const first = writes.enqueue(() => insert.run('first'));
    const broken = writes.enqueue(() => {
      insert.run('half');
      throw new Error('the second half failed');
    });
    const last = writes.enqueue(() => insert.run('last'));
    await expect(broken).rejects.toThrow('the second half failed');
    await expect(first).resolves.toBeDefined();
    await expect(last).resolves.toBeDefined();
    expect(names()).toEqual(['first', 'last']);
  });

  it("rejects only the write whose statement fails, not its batch's others", async () => {
    const { db, insert, names } = table();
    insert.run('taken');
    const writes = createGroupCommit(db);
    const outcomes = await Promise.allSettled([
      writes.enqueue(() => insert.run('new')),
      writes.enqueue(() => insert.run('taken')),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected']);
    expect(names()).toEqual(['new', 'taken']);
  });
});

describe('group commit hooks', () => {
  it('run before each COMMIT, after each commit, and after each rollback, in that order', async () => {
    const { db, insert } = table();
    const calls: string[] = [];
    const writes = createGroupCommit(db, {
      beforeCommit: () => calls.push(`before ${String(db.inTransaction)}`),
      afterCommit: () => calls.push(`committed ${String(db.inTransaction)}`),
      afterRollback: () => calls.push('rolled back'),
    });
    // One batch of two that fails (the second takes the first's name), so each runs again alone:
    // the first commits, the second rolls back.
    await Promise.allSettled([
      writes.enqueue(() => insert.run('same')),
      writes.enqueue(() => insert.run('same')),
    ]);
    expect(calls).toEqual(['rolled back', 'before true', 'committed false', 'rolled back']);
  });
});
