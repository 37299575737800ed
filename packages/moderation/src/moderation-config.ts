/**
 * The moderation settings, a section of the narrator configuration document (so on AWS they live
 * in SSM beside it): the moderators in order with their timeouts, and thresholds per category.
 * Without the section, the local moderator alone. Comprehend's SDK is loaded on its first call,
 * so a server that never uses it never pays for it.
 */
import * as z from 'zod';
import type { ComprehendModeratorOptions } from './comprehend-moderator';
import { comprehendCostUsd } from './comprehend-price';
import type { LocalModerator, Moderator } from './contract';
import { COMPREHEND_MODERATOR_NAME, MODERATION_CATEGORIES } from './contract';
import { createLocalModerator } from './local-moderator';
import type { Moderation } from './moderation';
import { createModeration } from './moderation';

/** Local answers in well under a millisecond; the bound only guards against a bug. */
const LOCAL_TIMEOUT_MS = 100;

export const ModerationConfigSchema = z.strictObject({
  moderators: z
    .array(
      z.discriminatedUnion('type', [
        z.strictObject({ type: z.literal('local') }),
        z.strictObject({
          type: z.literal('comprehend'),
          region: z.string().min(1).optional(),
          endpoint: z.url().optional(),
          // DetectToxicContent reads English only (DetectPiiEntities English and Spanish).
          languageCode: z.literal('en').default('en'),
          timeoutMs: z.number().int().min(50).max(10_000).default(1500),
        }),
      ]),
    )
    .min(1)
    .max(4)
    .default([{ type: 'local' }]),
  thresholds: z.partialRecord(z.enum(MODERATION_CATEGORIES), z.number().min(0).max(1)).optional(),
});

export type ModerationConfig = z.infer<typeof ModerationConfigSchema>;

export const DEFAULT_MODERATION_CONFIG: ModerationConfig = ModerationConfigSchema.parse({});

type Env = Readonly<Record<string, string | undefined>>;

/** Comprehend, its SDK imported on the first call. */
function lazyComprehend(options: ComprehendModeratorOptions): Moderator {
  let loaded: Promise<Moderator> | undefined;
  const load = () =>
    (loaded ??= import('./comprehend-moderator').then((module) =>
      module.createComprehendModerator(options),
    ));
  return {
    name: COMPREHEND_MODERATOR_NAME,
    local: false,
    moderate: async (text, callOptions) => (await load()).moderate(text, callOptions),
    costUsd: comprehendCostUsd,
  };
}

/** The moderation a configuration describes; Comprehend's region defaults to AWS_REGION. */
export function moderationFromConfig(config: ModerationConfig, env: Env): Moderation {
  const local: LocalModerator = createLocalModerator();
  return createModeration({
    moderators: config.moderators.map((moderator) =>
      moderator.type === 'local'
        ? { moderator: local, timeoutMs: LOCAL_TIMEOUT_MS }
        : {
            moderator: lazyComprehend({
              region: moderator.region ?? env['AWS_REGION'] ?? 'us-east-1',
              languageCode: moderator.languageCode,
              ...(moderator.endpoint === undefined ? {} : { endpoint: moderator.endpoint }),
            }),
            timeoutMs: moderator.timeoutMs,
          },
    ),
    ...(config.thresholds === undefined ? {} : { thresholds: config.thresholds }),
    fallback: local,
  });
}
