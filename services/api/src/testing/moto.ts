/**
 * Test helper: a real local AWS emulator (`moto_server`, Python moto) on a free loopback port,
 * started and stopped by the tests. Tests that need it skip, saying so, where it is absent.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { freePort, hasCommand } from './tools';

export const HAS_MOTO = hasCommand('moto_server');

export interface Moto {
  endpoint: string;
  stop(): Promise<void>;
}

/** Same credentials and region for every AWS client in the tests. */
export const MOTO_CLIENT = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
};

/** Starts moto_server; `env` adds moto's own settings (e.g. MOTO_ACM_VALIDATION_WAIT). */
export async function startMoto(env: Record<string, string> = {}): Promise<Moto> {
  const port = await freePort();
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'ignore',
    env: { ...process.env, ...env },
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`${endpoint}/moto-api/`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error('moto_server did not start');
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
