import { describe, expect, it } from 'vitest';
import { appendBeat } from './append';
import format1 from './__fixtures__/format-1-journey.json';
import { planNextBeat } from './plan';
import {
  InvalidAnswerError,
  InvalidBeatError,
  InvalidStateError,
  InvalidTurnError,
  StoryEndedError,
  UnsupportedFormatError,
} from './errors';
import { ENGLISH_FORMAT, FORMAT, createStory, loadStory, serialiseStory } from './state';
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
    // English is saved in format 2, which releases before languages load too.
    expect(saved['format']).toBe(ENGLISH_FORMAT);
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
    ['an unknown situation', { ledger: { situation: 'flying' } }],
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
      if ('ledger' in change)
        merged['ledger'] = { ...(base['ledger'] as object), ...change.ledger };
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

  it('records the answer with the beat it leads to and remembers choices for callbacks', () => {
    const ended = playToEnd('summary');
    expect(ended.answers).toHaveLength(ended.beats.length - 1);
    expect(ended.ledger.choices.length).toBeGreaterThan(0);
    for (const choice of ended.ledger.choices) {
      expect(choice.answer).toBe(ended.answers[choice.turn - 1]);
      expect(choice.recall).toMatch(/^you /u);
    }
  });
});

describe('the ledger in the saved state', () => {
  const saved = (): Record<string, unknown> =>
    JSON.parse(serialiseStory(playToEnd('ledger checks'))) as Record<string, unknown>;
  const withLedger = (change: (ledger: Record<string, unknown>) => void): unknown => {
    const state = saved();
    const ledger = structuredClone(state['ledger']) as Record<string, unknown>;
    change(ledger);
    return { ...state, ledger };
  };

  it('is refused, naming the problem, when it contradicts the world or the beats', () => {
    const cases: [string, (ledger: Record<string, unknown>) => void, RegExp][] = [
      [
        'a stranger',
        (ledger) =>
          ((ledger['people'] as object[])[0] = {
            name: 'Nobody',
            role: 'x',
            pronoun: 'they',
            met: 1,
            known: [],
          }),
        /not in this world/u,
      ],
      [
        'a meeting in the future',
        (ledger) =>
          (ledger['people'] = (ledger['people'] as object[]).map((person) => ({
            ...person,
            met: 99,
          }))),
        /has not reached/u,
      ],
      [
        'a thread no beat planted',
        (ledger) =>
          (ledger['threads'] as object[]).push({
            id: 'x',
            kind: 'door',
            words: 'w',
            planted: 1,
            closed: null,
            refused: false,
          }),
        /planted no door|plant/u,
      ],
      [
        'an unknown object status',
        (ledger) =>
          (ledger['objects'] as object[]).push({ id: 'ticket', status: 'eaten', since: 1 }),
        /unknown status/u,
      ],
      [
        'a choice for an answer never given',
        (ledger) =>
          (ledger['choices'] as object[]).push({ turn: 40, answer: 'yes', recall: 'you x' }),
        /no answer/u,
      ],
    ];
    for (const [name, change, reason] of cases) {
      expect(() => loadStory(withLedger(change)), name).toThrow(InvalidStateError);
      expect(() => loadStory(withLedger(change)), name).toThrow(reason);
    }
  });

  it('is refused when a beat planted a thread the ledger does not hold', () => {
    const state = saved();
    const ledger = structuredClone(state['ledger']) as { threads: unknown[] };
    ledger.threads = [];
    const planted = (state['beats'] as { plant: unknown }[]).some((beat) => beat.plant !== null);
    expect(planted).toBe(true);
    expect(() => loadStory({ ...state, ledger })).toThrow(/does not hold/u);
  });

  it('refuses a pending choice on an ended story and an effect on a stranger', () => {
    const ended = saved();
    expect(() =>
      loadStory({ ...ended, pending: { yes: { effects: [] }, no: { effects: [] } } }),
    ).toThrow(InvalidStateError);
    const ongoing = JSON.parse(
      serialiseStory(continueStory(startStory('pending check'), 'yes')),
    ) as Record<string, unknown>;
    const pending = { yes: { effects: [{ op: 'meet', name: 'Nobody' }] }, no: { effects: [] } };
    expect(() => loadStory({ ...ongoing, pending })).toThrow(/not in this world/u);
  });
});

describe('a journey saved in format 1', () => {
  it('loads, migrated, and can be read to its last beat', () => {
    const state = loadStory(format1);
    expect(state.format).toBe(ENGLISH_FORMAT);
    expect(state.beats.map((beat) => beat.text)).toEqual(format1.beats.map((beat) => beat.text));
    expect(state.world.weather).toBe('clear');
    // Companions named in its beats count as met; its planted threads are carried over.
    expect(state.ledger.people.map((person) => person.name).sort()).toEqual(['Teodor', 'Tobias']);
    expect(state.ledger.threads.map((thread) => thread.kind)).toEqual(['companion', 'door']);
    expect(state.ledger.facts).toContain('retold');
  });

  it('continues coherently to an ending with the new storyteller, closing its old threads', () => {
    let state = loadStory(format1);
    while (state.ending !== null ? false : true) state = continueStory(state, 'yes');
    expect(state.beats.length).toBeGreaterThan(format1.beats.length);
    expect(state.ledger.threads.every((thread) => thread.closed !== null)).toBe(true);
    // The first new beat reacts to the answer in general terms: the old question's outcome is unknown.
    expect(state.beats[format1.beats.length]?.source?.split(' ')[0]).toMatch(
      /^shared\.reaction-yes/u,
    );
  });
});
