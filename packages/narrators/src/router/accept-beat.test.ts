import { planNextBeat, startStory } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { acceptBeat } from './accept-beat';

const state = startStory('accepting beats');
const plan = planNextBeat(state, 'yes');
const told = new Set<string>(['the lamps go out.']);
const beat = 'The bus leans into the bend. Do you take the seat by the window?';

describe('acceptBeat', () => {
  it('takes a beat that passes the rules as it is, trimmed of surrounding space', () => {
    expect(acceptBeat(`  ${beat}\n`, plan, told, true)).toEqual({
      accepted: true,
      text: beat,
      trimmed: false,
    });
  });

  it('trims a model habit away when trimming is allowed, saying which rules it broke', () => {
    const acceptance = acceptBeat(`**${beat}**`, plan, told, true);
    expect(acceptance).toMatchObject({ accepted: true, text: beat, trimmed: true });
    expect(acceptance.accepted && acceptance.trimmed && acceptance.reasons).toContain('markup');
    const untrimmed = acceptBeat(`**${beat}**`, plan, told, false);
    expect(untrimmed.accepted).toBe(false);
    expect(!untrimmed.accepted && untrimmed.reasons).toContain('markup');
  });

  it('refuses a beat that repeats what the story told, naming the rule', () => {
    const acceptance = acceptBeat('The lamps go out. Do you stand?', plan, told, true);
    expect(acceptance).toEqual({ accepted: false, reasons: ['repeated-sentence'] });
  });

  describe('after an opening the reader has already read', () => {
    const opening = 'You feel the bus lean into the bend.';
    const question = 'Do you take the seat by the window?';

    it('takes a reply that begins with the opening, or only continues it', () => {
      const whole = `${opening} ${question}`;
      for (const reply of [whole, question]) {
        expect(acceptBeat(reply, plan, told, true, opening)).toEqual({
          accepted: true,
          text: whole,
          trimmed: false,
        });
      }
    });

    it('trims a continuation to its last sentence, keeping the opening', () => {
      const acceptance = acceptBeat(`The lights fade. ${question}`, plan, told, true, opening);
      expect(acceptance).toMatchObject({ accepted: true, text: `${opening} ${question}` });
    });

    it('refuses a reply with nothing after the opening: the reader has that already', () => {
      for (const reply of ['', opening, `  ${opening}  `]) {
        expect(acceptBeat(reply, plan, told, true, opening)).toEqual({
          accepted: false,
          reasons: ['empty'],
        });
      }
    });

    it('refuses a continuation that cannot follow it, naming the rule', () => {
      const acceptance = acceptBeat('The lights fade.', plan, told, false, opening);
      expect(acceptance).toEqual({ accepted: false, reasons: ['no-question'] });
    });
  });
});
