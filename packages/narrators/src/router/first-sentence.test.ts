import { describe, expect, it } from 'vitest';
import { createFirstSentenceGate, MAX_OPENING_WORDS, standsAlone } from './first-sentence';

const told = new Set<string>(['you hear the lamps go out.']);

function gateWith(): { gate: ReturnType<typeof createFirstSentenceGate>; shown: string[] } {
  const shown: string[] = [];
  return { gate: createFirstSentenceGate(told, (sentence) => shown.push(sentence)), shown };
}

describe('standsAlone', () => {
  it('takes a finished second-person sentence with no question', () => {
    expect(standsAlone('You feel the bus lean into the bend.', told)).toBe(true);
  });

  it.each([
    ['a question', 'Do you take the seat by the window?'],
    ['no second person', 'The bus leans into the bend.'],
    ['a label a trim would strip', 'Beat 3: you feel the bus lean.'],
    ['quotes around the beat', '"You feel the bus lean into the bend.'],
    ['markup', 'You feel the **bus** lean into the bend.'],
    ['a sentence the story told', 'You hear the lamps go out.'],
    ['too long to leave room', `You ${'wait '.repeat(MAX_OPENING_WORDS)}here.`],
    ['what may be a fragment (a number)', 'You pay 3.'],
    ['what may be a fragment (an abbreviation)', 'You see Mr.'],
  ])('refuses %s', (_, sentence) => {
    expect(standsAlone(sentence, told)).toBe(false);
  });
});

describe('the first-sentence gate', () => {
  it('shows the first sentence once the next one has begun, and only once', () => {
    const { gate, shown } = gateWith();
    const push = gate.watch();
    for (const piece of ['You feel the bus ', 'lean into the bend.']) push(piece);
    // A closing quote or more of an ellipsis could still follow.
    expect(shown).toEqual([]);
    push(' Do');
    expect(shown).toEqual(['You feel the bus lean into the bend.']);
    push(' you sit? More.');
    expect(shown).toHaveLength(1);
    expect(gate.shown).toBe('You feel the bus lean into the bend.');
  });

  it('shows nothing of a reply whose first sentence does not stand alone', () => {
    const { gate, shown } = gateWith();
    const push = gate.watch();
    push('Narrator: the bus leans. Do you sit?');
    expect(shown).toEqual([]);
    expect(gate.shown).toBeNull();
  });

  it('watches each reply afresh, so a rejected reply leaves nothing behind', () => {
    const { gate, shown } = gateWith();
    gate.watch()('You ride on through the night without a word.');
    const push = gate.watch();
    push('The bus shudders. Do you sit?');
    expect(shown).toEqual([]);
  });

  it('does not watch a reply once a first sentence is shown (that one continues it)', () => {
    const { gate, shown } = gateWith();
    gate.watch()('You feel the bus lean. Do');
    const push = gate.watch();
    push('You hear a bell. Do you stand?');
    expect(shown).toEqual(['You feel the bus lean.']);
  });

  it('shows nothing the storyteller could not continue', () => {
    const shown: string[] = [];
    const gate = createFirstSentenceGate(
      told,
      (sentence) => shown.push(sentence),
      () => false,
    );
    gate.watch()('You feel the bus lean. Do you sit?');
    expect(shown).toEqual([]);
  });

  it('shows once, even when an earlier reply still streams after a later one showed', () => {
    const { gate, shown } = gateWith();
    const late = gate.watch();
    gate.watch()('You feel the bus lean. Do');
    late('You hear a bell. Do you stand?');
    expect(shown).toEqual(['You feel the bus lean.']);
  });
});
