/**
 * The composition root for the local server: SQLite store, built-in storyteller, the web app
 * served from memory, and the client's address as the rate-limit key.
 */
import { join } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { EXPERIMENTS, assignAll } from '@liminal/experiments';
import { createTranslation, translatorsFromConfig } from '@liminal/translation';
import { composeApp } from '../compose-app';
import { fixedTranslator } from '../journeys/beat-translation';
import { OPERATOR_TOKEN_HEADER, checkOperator } from '../http/operator-access';
import { createSqliteStore } from '../store/sqlite-store';
import type { Env } from '../config/env';
import { envReader } from '../config/env';
import type { ServerConfig } from './config';
import { createNarrator } from './narrator-setup';
import { createStaticSite } from './static-site';

export const DATABASE_FILE = 'liminal.sqlite';

export function clientAddress(trustProxy: boolean) {
  return (request: Request, env: unknown): string => {
    if (trustProxy) {
      const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
      if (forwarded) return forwarded;
    }
    return (env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';
  };
}

export function createNodeApp(config: ServerConfig, env: Env = process.env) {
  const { narrator, moderation, translation } = createNarrator(env, process.cwd());
  const store = createSqliteStore({
    path: join(config.dataDir, DATABASE_FILE),
    rollups: config.rollups,
    rollupsKeeping: { ms: config.rollupsWriteMs },
  });
  // Translations are kept in the journeys database, for every later reader of the sentence.
  const translator =
    translation === undefined
      ? undefined
      : fixedTranslator(
          createTranslation({
            translators: translatorsFromConfig(translation, env),
            cache: store.translations,
            timeoutMs: translation.timeoutMs,
          }),
        );
  const web = createStaticSite(config.webRoot);
  const app = composeApp({
    store,
    narrator,
    seeds: moderation,
    ...(translator === undefined ? {} : { translator }),
    onSeedVerdict: (verdict) => {
      // A refusal or a moderator's failure is worth a line; the seed itself never is.
      if (verdict.blocked || verdict.failures.length > 0)
        console.log(JSON.stringify({ level: 'info', message: 'seed moderated', ...verdict }));
    },
    rateLimit: {
      perMinute: config.rateLimitPerMinute,
      burst: config.rateLimitBurst,
      clientKey: clientAddress(config.trustProxy),
    },
    trustProxy: config.trustProxy,
    // The same assignment the edge function makes in the cloud.
    assignVariants: (visitor) => assignAll(visitor),
    ...(web === null ? {} : { web }),
    storeName: 'sqlite',
    ...(config.rollups
      ? {
          insights: {
            read: (from: string, to: string) => store.rollups(from, to),
            experiments: EXPERIMENTS,
            abandonAfterMinutes: config.abandonAfterMinutes,
            authorize: (context) =>
              checkOperator(
                { token: config.insightsToken, behindProxy: config.trustProxy },
                {
                  header: context.req.header(OPERATOR_TOKEN_HEADER),
                  authorization: context.req.header('authorization'),
                },
                (context.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress,
              ),
          },
        }
      : {}),
    version: envReader(env).text('npm_package_version', 'dev'),
    logError: (error, where) => {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(JSON.stringify({ level: 'error', ...where, error: detail }));
    },
  });
  return { app, store, narrator, hasWeb: web !== null };
}
