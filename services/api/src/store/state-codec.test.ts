import { continueStory, startStory } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { decodeStory, encodeBeat, encodeStateWithoutBeats } from './state-codec';

describe('the stored story', () => {
  it('comes back whole from its state and its beats, kept apart', () => {
    const state = continueStory(startStory('a stored story'), 'yes');
    const stored = encodeStateWithoutBeats(state);
    expect(stored).not.toContain(state.beats[0]?.text ?? '(no beat)');
    expect(decodeStory(stored, state.beats.map(encodeBeat))).toEqual(state);
  });

  it('checks the story it puts together, beats included', () => {
    const state = startStory('a tampered story');
    const beat = { ...state.beats[0], turn: 7 };
    expect(() => decodeStory(encodeStateWithoutBeats(state), [JSON.stringify(beat)])).toThrow(
      /beat 1 has turn 7/u,
    );
  });
});
