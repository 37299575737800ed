import { describe, expect, it } from 'vitest';
import { appendBeat, planNextBeat } from './arc';
import {
  InvalidAnswerError,
  InvalidBeatError,
  InvalidStateError,
  InvalidTurnError,
  StoryEndedError,
  UnsupportedFormatError,
} from './errors';
import { FORMAT, createStory, loadStory, serialiseStory } from './state';
import { continueStory, startStory } from './story';

function playToEnd(seed: string) {
  let state = startStory(seed);
  while (state.ending === null)
    state = continueStory(state, state.beats.length % 3 === 0 ? 'no' : 'yes');
  return state;
}

describe('saving and loading a story', () => {
  it('round-trips through JSON unchanged, mid-story and ended', () => {
    let state = startStory('round trip');
    state = continueStory(state, 'yes');
    expect(loadStory(serialiseStory(state))).toEqual(state);
    const ended = playToEnd('round trip');
    expect(loadStory(JSON.parse(serialiseStory(ended)))).toEqual(ended);
  });

  it('carries its format version and rejects unknown versions', () => {
    const saved = JSON.parse(serialiseStory(startStory('versions'))) as Record<string, unknown>;
    expect(saved['format']).toBe(FORMAT);
    for (const format of [0, FORMAT + 1, '1', undefined]) {
      expect(() => loadStory({ ...saved, format })).toThrow(UnsupportedFormatError);
    }
  });

  it.each([
    ['not JSON', '{nope'],
    ['not an object', '[1,2]'],
    ['continuity out of range', { continuity: 9 }],
    ['an answer that is not yes or no', { answers: ['maybe'] }],
    ['too many answers', { answers: ['yes', 'no', 'yes'] }],
    ['a beat with the wrong turn', { beats: [{ turn: 2 }] }],
    ['an unknown thread', { foreshadow: ['ghost'] }],
    ['an ending that does not match', { ending: 'arrival' }],
    ['an invalid seed', { world: { seed: '' } }],
  ])('rejects a state with %s', (_name, change) => {
    const base = JSON.parse(serialiseStory(continueStory(startStory('tamper'), 'yes'))) as Record<
      string,
      unknown
    >;
    let input: unknown = change;
    if (typeof change === 'object') {
      const merged: Record<string, unknown> = { ...base, ...change };
      if ('beats' in change)
        merged['beats'] = [{ ...(base['beats'] as object[])[0], ...change.beats[0] }];
      if ('world' in change) merged['world'] = { ...(base['world'] as object), ...change.world };
      input = merged;
    }
    expect(() => loadStory(input)).toThrow(InvalidStateError);
  });
});

describe('planning and appending beats', () => {
  it('refuses an answer before the opening and anything but yes or no after it', () => {
    expect(() => planNextBeat(createStory('answers'), 'yes')).toThrow(InvalidAnswerError);
    const state = startStory('answers');
    for (const answer of ['maybe', 'YES', '', 1, null, undefined, () => 'yes', { yes: true }]) {
      expect(() => planNextBeat(state, answer)).toThrow(InvalidAnswerError);
    }
  });

  it('refuses a turn after the ending with a typed error', () => {
    const ended = playToEnd('after the end');
    expect(() => planNextBeat(ended, 'yes')).toThrow(StoryEndedError);
    expect(() => continueStory(ended, 'no')).toThrow(StoryEndedError);
  });

  it('rejects a stale plan without touching the state', () => {
    const state = startStory('stale plan');
    const plan = planNextBeat(state, 'yes');
    const next = continueStory(state, 'yes');
    const before = serialiseStory(next);
    expect(() => appendBeat(next, plan, { text: 'You wait. Do you stay?', narrator: 'x' })).toThrow(
      InvalidTurnError,
    );
    expect(serialiseStory(next)).toBe(before);
  });

  it('rejects a beat that breaks the rules and names the rules', () => {
    const state = startStory('bad beat');
    const plan = planNextBeat(state, 'no');
    try {
      appendBeat(state, plan, { text: 'Three. Short. Sentences.', narrator: 'x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidBeatError);
      expect((error as InvalidBeatError).reasons).toContain('too-many-sentences');
    }
  });

  it('moves continuity up when the steadying answer is given and down otherwise', () => {
    const state = startStory('continuity');
    const hold = state.beats[0]?.hold;
    expect(hold === 'yes' || hold === 'no').toBe(true);
    const other = hold === 'yes' ? 'no' : 'yes';
    expect(planNextBeat(state, hold).continuity).toBe(state.continuity + 1);
    expect(planNextBeat(state, other).continuity).toBe(state.continuity - 1);
  });

  it('records the answer with the beat it leads to and keeps the summary bounded', () => {
    const ended = playToEnd('summary');
    expect(ended.answers).toHaveLength(ended.beats.length - 1);
    expect(ended.summary.recent.length).toBeLessThanOrEqual(5);
    const counted =
      ended.summary.recent.length + ended.summary.earlier.yes + ended.summary.earlier.no;
    expect(counted).toBe(ended.answers.length);
  });
});
