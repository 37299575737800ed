/**
 * Test helper: the real local server (SQLite in a temporary directory) on a loopback port.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { ServerConfig } from './config';
import { readServerConfig } from './config';
import { createNodeApp } from './create-node-app';
import type { Server } from 'node:http';
import type { ServerLimits } from './server-limits';
import { SERVER_LIMITS, answerClientErrors, serverOptions } from './server-limits';

export interface TestServer {
  url: string;
  config: ServerConfig;
  app: ReturnType<typeof createNodeApp>;
  close(): Promise<void>;
}

export async function startTestServer(
  env: Record<string, string> = {},
  limits: ServerLimits = SERVER_LIMITS,
): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'liminal-api-'));
  const config = readServerConfig(
    {
      PORT: '0',
      DATA_DIR: dataDir,
      WEB_ROOT: join(dataDir, 'no-web'),
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
    process.cwd(),
  );
  const app = createNodeApp(config, { ...env });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const started = serve(
      {
        fetch: app.app.fetch,
        port: 0,
        hostname: '127.0.0.1',
        serverOptions: serverOptions(limits),
      },
      () => {
        resolve(started);
      },
    );
    answerClientErrors(started as Server);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    app,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await app.store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
