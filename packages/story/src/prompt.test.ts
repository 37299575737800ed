import { describe, expect, it } from 'vitest';
import type { BeatPlan } from './arc';
import { appendBeat, planNextBeat } from './arc';
import { buildPrompt, estimateTokens } from './prompt';
import type { StoryState } from './state';
import { createStory } from './state';
import { continueStory, startStory } from './story';

function questionPlan(turn: number): BeatPlan {
  return {
    turn,
    answer: turn === 1 ? null : turn % 2 === 0 ? 'yes' : 'no',
    arc: turn === 1 ? 'opening' : 'rising',
    kind: 'question',
    ending: null,
    hold: 'yes',
    plant: null,
    payoff: null,
    continuity: 3,
  };
}

/** A synthetic story of any length: the arc would end it by beat 20, so plans are made by hand. */
function syntheticStory(beats: number): StoryState {
  let state = createStory('a very long night');
  for (let turn = 1; turn <= beats; turn++) {
    const text = `You pass lamp number ${turn} and count the seconds between the lights, slow and steady. Do you keep counting the lamps past number ${turn}?`;
    state = appendBeat(state, questionPlan(turn), { text, narrator: 'synthetic' });
  }
  return state;
}

/** Estimated tokens of the prompt for beat `turn` of the synthetic story. */
function promptSize(turn: number): number {
  const prompt = buildPrompt(syntheticStory(turn - 1), questionPlan(turn));
  return estimateTokens(prompt.system) + estimateTokens(prompt.user);
}

describe('buildPrompt', () => {
  it('stays flat: the prompt for beat 60 is at most 1.25 times the prompt for beat 6', () => {
    const at6 = promptSize(6);
    const at60 = promptSize(60);
    expect(at60 / at6).toBeLessThanOrEqual(1.25);
  });

  it('describes the world and the rules in the system prompt', () => {
    const state = startStory('prompt world');
    const { system } = buildPrompt(state, planNextBeat(state, 'yes'));
    expect(system).toContain(state.world.destination);
    for (const companion of state.world.companions) expect(system).toContain(companion.name);
    expect(system).toContain(state.world.motif.a);
    expect(system).toContain('45 words');
  });

  it('passes on the answer, the last beats and what the beat must do', () => {
    let state = startStory('prompt turn');
    state = continueStory(state, 'no');
    const plan = planNextBeat(state, 'yes');
    const { user } = buildPrompt(state, plan);
    expect(user).toContain('The reader just answered: yes.');
    expect(user).toContain(state.beats[1]?.text ?? 'missing');
    expect(user).toContain(`answering "${plan.hold ?? ''}" should keep the world steady`);
  });

  it('asks for an ending, with no question, when the plan ends the story', () => {
    let state = startStory('prompt ending');
    let plan = planNextBeat(state, 'yes');
    while (plan.kind !== 'ending') {
      state = continueStory(state, 'yes');
      plan = planNextBeat(state, 'yes');
    }
    const { user } = buildPrompt(state, plan);
    expect(user).toContain('This is the final beat.');
    expect(user).toContain('Do not ask a question.');
  });
});
