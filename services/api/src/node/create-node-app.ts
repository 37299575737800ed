/**
 * The composition root for the local server: SQLite store, built-in storyteller, the web app
 * served from memory, and the client's address as the rate-limit key.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { HttpBindings } from '@hono/node-server';
import { assignAll } from '@liminal/experiments';
import { generateSeed } from '@liminal/story';
import { createApp } from '../app';
import { createJourneyService } from '../journeys/journey-service';
import { createSqliteStore } from '../store/sqlite-store';
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

export function createNodeApp(
  config: ServerConfig,
  env: Readonly<Record<string, string | undefined>> = process.env,
) {
  const narrator = createNarrator(env, process.cwd());
  const store = createSqliteStore({ path: join(config.dataDir, DATABASE_FILE) });
  const service = createJourneyService({
    store,
    narrator,
    now: () => new Date(),
    newId: randomUUID,
    newSeed: () => generateSeed(() => randomInt(0, 2 ** 32) / 2 ** 32),
  });
  const web = createStaticSite(config.webRoot);
  const app = createApp({
    service,
    newId: randomUUID,
    rateLimit: {
      perMinute: config.rateLimitPerMinute,
      burst: config.rateLimitBurst,
      clientKey: clientAddress(config.trustProxy),
    },
    // The same assignment the edge function makes in the cloud.
    assignVariants: (visitor) => assignAll(visitor),
    ...(web === null ? {} : { web }),
    storeName: 'sqlite',
    version: process.env['npm_package_version'] ?? 'dev',
    logError: (error, where) => {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      console.error(JSON.stringify({ level: 'error', ...where, error: detail }));
    },
  });
  return { app, store, narrator, hasWeb: web !== null };
}
