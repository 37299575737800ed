/**
 * The narrator chain for the local server: the configuration document from AI_PROVIDER_CONFIG
 * (JSON text) or AI_PROVIDER_CONFIG_FILE (a path), else one provider per API key present in the
 * environment, and always the built-in storyteller last. With nothing set: the storyteller alone,
 * and the local moderator for readers' seeds (and any AI beat).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { NarratorConfig } from '@liminal/narrators';
import {
  NarratorConfigError,
  configFromKeys,
  createNarratorRouter,
  parseNarratorConfig,
  routerOptionsFromConfig,
} from '@liminal/narrators';
import type { Env } from '../config/env';

export function readNarratorConfig(env: Env, cwd: string): NarratorConfig {
  const inline = env['AI_PROVIDER_CONFIG'];
  if (inline !== undefined && inline.trim() !== '') return parseNarratorConfig(inline);
  const file = env['AI_PROVIDER_CONFIG_FILE'];
  if (file !== undefined && file !== '') {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, file), 'utf8');
    } catch (error) {
      throw new NarratorConfigError(
        `AI_PROVIDER_CONFIG_FILE names ${file}, which cannot be read.`,
        { cause: error },
      );
    }
    return parseNarratorConfig(text);
  }
  return configFromKeys(env);
}

/**
 * The narrator chain, the moderation its configuration names (for readers' seeds too), and its
 * translation settings (none: the storyteller is read in English).
 */
export function createNarrator(env: Env, cwd: string) {
  const config = readNarratorConfig(env, cwd);
  const options = routerOptionsFromConfig(config, env);
  return {
    narrator: createNarratorRouter(options),
    moderation: options.moderation,
    translation: config.translation,
  };
}
