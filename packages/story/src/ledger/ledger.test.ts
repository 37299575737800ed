import { describe, expect, it } from 'vitest';
import { createWorld } from '../world/world';
import type { Thread } from './ledger';
import { applyEffects, createLedger, supersededTurns } from './ledger';

describe('threads in the ledger', () => {
  const world = createWorld('a door test');
  const planted = applyEffects(
    createLedger('waiting'),
    [{ op: 'plant', id: 'door-1', kind: 'door' }],
    world,
    3,
    'A door stands ajar.',
  );

  it('turns a door down when the reader says No to the payoff that closed it', () => {
    // The payoff beat (turn 7) closes the thread as it asks; the No arrives with turn 8.
    const asked = applyEffects(planted, [{ op: 'close', id: 'door-1' }], world, 7, 'Go through?');
    const refused = applyEffects(asked, [{ op: 'refuse', id: 'door-1' }], world, 8, 'You stay.');
    expect(refused.threads[0]).toMatchObject({ closed: 7, refused: true });
  });

  it('does not let a later refusal undo a door taken long before', () => {
    const taken = applyEffects(planted, [{ op: 'close', id: 'door-1' }], world, 7, 'You go.');
    const later = applyEffects(taken, [{ op: 'refuse', id: 'door-1' }], world, 12, 'No.');
    expect(later.threads[0]).toMatchObject({ closed: 7, refused: false });
  });
});

describe('choices a later payoff may have undone', () => {
  const thread = (planted: number, closed: number | null, refused = false): Thread => ({
    id: `t${String(planted)}`,
    kind: 'motif',
    words: 'a matchbook',
    planted,
    closed,
    refused,
  });

  it('are the plants of threads paid off since, and only those', () => {
    const ledger = {
      ...createLedger('waiting'),
      threads: [thread(2, 6), thread(3, null), thread(4, 7, true), thread(5, 5)],
    };
    // Paid off later: superseded. Still open, turned down, or closed in its own turn: standing.
    expect([...supersededTurns(ledger)]).toEqual([2]);
  });
});
