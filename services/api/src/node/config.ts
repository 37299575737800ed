/**
 * Configuration of the local server, from environment variables. Each variable is read here
 * and only here; a bad value fails start-up with a message that names the variable.
 */
import { resolve } from 'node:path';
import type { Env } from '../config/env';
import { envReader } from '../config/env';
import { readAbandonMinutes } from '../config/insights-config';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  webRoot: string;
  rateLimitPerMinute: number;
  rateLimitBurst: number;
  trustProxy: boolean;
  /** Keep the daily rollups of the events the insights page will read (`INSIGHTS_ROLLUPS`). */
  rollups: boolean;
  /** Milliseconds between writes of the counted rollups (`INSIGHTS_ROLLUPS_WRITE_MS`). */
  rollupsWriteMs: number;
  /** The operators' token for the insights (`INSIGHTS_TOKEN`); unset, loopback only. */
  insightsToken: string | undefined;
  /** Minutes without a turn before the insights count a journey abandoned. */
  abandonAfterMinutes: number;
}

/** Reads the server configuration; relative paths resolve against `cwd`. */
export function readServerConfig(env: Env, cwd: string): ServerConfig {
  const read = envReader(env);
  return {
    port: read.integer('PORT', 8787, 0, 65535),
    host: read.text('HOST', '127.0.0.1'),
    dataDir: resolve(cwd, read.text('DATA_DIR', 'data')),
    webRoot: resolve(cwd, read.text('WEB_ROOT', 'apps/web/dist')),
    rateLimitPerMinute: read.integer('RATE_LIMIT_PER_MINUTE', 300, 0, 1_000_000),
    rateLimitBurst: read.integer('RATE_LIMIT_BURST', 60, 1, 1_000_000),
    trustProxy: read.boolean('TRUST_PROXY', false),
    rollups: read.boolean('INSIGHTS_ROLLUPS', true),
    rollupsWriteMs: read.integer('INSIGHTS_ROLLUPS_WRITE_MS', 1000, 0, 60_000),
    insightsToken: read.text('INSIGHTS_TOKEN', '') || undefined,
    abandonAfterMinutes: readAbandonMinutes(read),
  };
}
