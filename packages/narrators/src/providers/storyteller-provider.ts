/**
 * The built-in storyteller as an AIProvider: no key, no network, never fails, costs nothing.
 * It narrates from the story state and plan rather than from a prompt.
 */
import { STORYTELLER_NAME, tellBeat } from '@liminal/story';
import type { AIProvider } from '../contract/ai-provider';
import { NarratorError } from '../contract/errors';
import { defineProvider } from './define-provider';

export function createStorytellerProvider(): AIProvider {
  const provider = defineProvider(
    { name: STORYTELLER_NAME, model: STORYTELLER_NAME, streaming: false },
    () =>
      Promise.reject(
        new NarratorError(
          'The storyteller narrates from a story state; use generateNarrative with one.',
        ),
      ),
  );
  return {
    ...provider,
    generateNarrative(_prompt, context) {
      if (context.state === undefined || context.plan === undefined) {
        return Promise.reject(new NarratorError('The storyteller needs the story state and plan.'));
      }
      return Promise.resolve(tellBeat(context.state, context.plan).text);
    },
  };
}
