/**
 * A story as a reader would read it, with what the report needs to judge it: the world, each
 * beat with its answer, and how it ended.
 */
import type { StoryState } from '../state';
import { SETTINGS } from '../world/ingredients';

export function transcript(story: StoryState): string {
  const world = story.world;
  const lines = [
    `seed: ${world.seed}`,
    `world: ${SETTINGS[world.setting].name}, ${world.genre}, ${world.weather}; you are ${world.role}; bound for ${world.destination}`,
    `companions: ${world.companions.map((companion) => `${companion.name} (${companion.role}, ${companion.mood})`).join('; ')}`,
    `motif: ${world.motif.a}`,
    `ending: ${story.ending ?? 'none yet'} after ${story.beats.length} beats, continuity ${story.continuity}`,
    '',
  ];
  for (const [index, beat] of story.beats.entries()) {
    lines.push(`${beat.turn}. [${beat.arc}] ${beat.text}`);
    const answer = story.answers[index];
    if (answer !== undefined) lines.push(`   > ${answer}`);
  }
  return `${lines.join('\n')}\n`;
}
