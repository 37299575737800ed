import { describe, expect, it } from 'vitest';
import { rememberTold, toldSentences, toldSoFar, validateBeat } from './beat-rules';
import { PrefixSets } from './prefix-sets';

interface Beat {
  items: string[];
}
const beat = (...items: string[]): Beat => ({ items });
const gathered = (sets: PrefixSets<Beat>, beats: Beat[]): string[] => [...sets.upTo(beats)].sort();

describe('PrefixSets', () => {
  it('gathers the items of every beat up to a prefix, and only those', () => {
    const sets = new PrefixSets<Beat>((b) => b.items);
    const [a, b, c] = [beat('a1', 'a2'), beat('b1'), beat('c1')];
    expect(gathered(sets, [])).toEqual([]);
    expect(gathered(sets, [a])).toEqual(['a1', 'a2']);
    expect(gathered(sets, [a, b])).toEqual(['a1', 'a2', 'b1']);
    expect(gathered(sets, [a, b, c])).toEqual(['a1', 'a2', 'b1', 'c1']);
  });

  it('gathers a prefix again once its line has grown past it (another answer to a beat)', () => {
    const sets = new PrefixSets<Beat>((b) => b.items);
    const [a, yes, no] = [beat('a'), beat('yes'), beat('no')];
    expect(gathered(sets, [a, yes])).toEqual(['a', 'yes']);
    expect(gathered(sets, [a])).toEqual(['a']);
    expect(gathered(sets, [a, no])).toEqual(['a', 'no']);
    expect(gathered(sets, [a, yes])).toEqual(['a', 'yes']);
  });

  it('takes the items a caller already has when a beat is added', () => {
    const sets = new PrefixSets<Beat>(() => ['parsed again']);
    const a = beat();
    sets.add([], a, ['given']);
    expect(gathered(sets, [a])).toEqual(['given']);
  });

  it('gathers a story again from its beats once many others were told in between', () => {
    let parsed = 0;
    const sets = new PrefixSets<Beat>((b) => {
      parsed++;
      return b.items;
    });
    const [a, b] = [beat('a'), beat('b')];
    sets.add([], a, ['a']);
    // Far more stories than lines are kept, each told a beat in turn.
    for (let story = 0; story < 50; story++) sets.add([], beat(`other ${story}`), ['x']);
    expect(gathered(sets, [a, b])).toEqual(['a', 'b']);
    // Its line was let go, so both its beats were read again.
    expect(parsed).toBe(2);
  });

  it('gives snapshots that later beats do not change', () => {
    const sets = new PrefixSets<Beat>((b) => b.items);
    const [a, b] = [beat('a'), beat('b')];
    const before = sets.snapshot([a]);
    sets.upTo([a, b]);
    expect([...before]).toEqual(['a']);
  });
});

describe('the told sentences a story grows in place', () => {
  it('still refuses a repeated sentence checked before and after the story told it', () => {
    const first = { text: 'The bus stops. Do you get off?' };
    const told = toldSoFar([first]);
    const next = 'The lamps flicker. Do you wave?';
    expect(validateBeat(next, 'question', told).ok).toBe(true);
    const second = { text: next };
    rememberTold([first], second, ['The lamps flicker.', 'Do you wave?']);
    // The same text against the same (now grown) set: the cached check must not be reused.
    expect(validateBeat(next, 'question', toldSoFar([first, second])).reasons).toContain(
      'repeated-sentence',
    );
    expect(toldSentences([first]).has('do you wave?')).toBe(false);
  });
});
