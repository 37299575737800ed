/**
 * A live check against a real provider, run by `npm run test:ai` when TEST_AI_PROVIDER names one
 * and its key is set (openai, anthropic, bedrock). It costs a fraction of a cent.
 */
import { planNextBeat, startStory, validateBeat } from '@liminal/story';
import { describe, expect, it } from 'vitest';
import { parseNarratorConfig, routerOptionsFromConfig } from '../config/narrator-config';
import { createNarratorRouter } from '../router/narrator-router';

const chosen = process.env['TEST_AI_PROVIDER'];
const KEYS: Record<string, string | undefined> = {
  openai: process.env['OPENAI_API_KEY'],
  anthropic: process.env['ANTHROPIC_API_KEY'],
  bedrock: process.env['AWS_ACCESS_KEY_ID'] ?? process.env['AWS_PROFILE'],
};
const ready = chosen !== undefined && KEYS[chosen] !== undefined && KEYS[chosen] !== '';

describe.skipIf(!ready)(
  ready
    ? `live narration by ${chosen}`
    : 'live narration (skipped: set TEST_AI_PROVIDER to openai, anthropic or bedrock, with its credentials)',
  () => {
    it('narrates a valid beat, with usage and cost', async () => {
      const config = parseNarratorConfig({
        providers: [{ type: chosen, maxRetries: 1, timeoutMs: 20_000 }],
      });
      const router = createNarratorRouter(routerOptionsFromConfig(config, process.env));
      const state = startStory('live check');
      const plan = planNextBeat(state, 'yes');
      const beat = await router.narrate(state, plan);
      console.log(
        `${beat.narration.narrator}: ${beat.narration.text} (${beat.usage.inputTokens}+${beat.usage.outputTokens} tokens, $${beat.costUsd.toFixed(6)})`,
      );
      expect(beat.narration.narrator).toBe(chosen);
      expect(validateBeat(beat.narration.text, plan.kind).ok).toBe(true);
      expect(beat.usage.outputTokens).toBeGreaterThan(0);
    }, 60_000);
  },
);
