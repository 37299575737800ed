/**
 * Test helper: a real local AWS emulator (`moto_server`, Python moto) on a free loopback port,
 * started and stopped by the tests. Tests that need it skip, saying so, where it is absent.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn, spawnSync } from 'node:child_process';
import { freePort, hasCommand } from './tools';

export const HAS_MOTO = hasCommand('moto_server');

/**
 * moto_server answers each request on its own thread and does not lock around a conditional
 * write, so two racing transactions on one item can both pass their condition; DynamoDB itself
 * serialises them. Started this way (moto's own entry point, its server told to answer one
 * request at a time), moto is as atomic as the service for tests that race writes.
 */
const SERIAL_LAUNCHER = [
  'import werkzeug.serving as serving',
  'run = serving.run_simple',
  "serving.run_simple = lambda *a, **k: run(*a, **{**k, 'threaded': False})",
  'from moto.server import main',
  'main()',
].join('\n');

let serialPython: boolean | undefined;
function canLaunchSerial(): boolean {
  serialPython ??= spawnSync('python3', ['-c', 'import moto.server']).status === 0;
  return serialPython;
}

export interface Moto {
  endpoint: string;
  stop(): Promise<void>;
}

/** Same credentials and region for every AWS client in the tests. */
export const MOTO_CLIENT = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'testing', secretAccessKey: 'testing' },
};

/**
 * Starts moto_server; `env` adds moto's own settings (e.g. MOTO_ACM_VALIDATION_WAIT), `serial`
 * makes it answer one request at a time (see SERIAL_LAUNCHER) where python3 can import moto.
 */
export async function startMoto(
  env: Record<string, string> = {},
  options: { serial?: boolean } = {},
): Promise<Moto> {
  const port = await freePort();
  const args = ['-H', '127.0.0.1', '-p', String(port)];
  const serial = options.serial === true && canLaunchSerial();
  if (options.serial === true && !serial) {
    // Still a real emulator, but racing writes may both win on it (see SERIAL_LAUNCHER).
    console.warn('moto: python3 cannot import moto, so it runs threaded; race tests may flake');
  }
  const child: ChildProcess = spawn(
    serial ? 'python3' : 'moto_server',
    serial ? ['-c', SERIAL_LAUNCHER, ...args] : args,
    { stdio: 'ignore', env: { ...process.env, ...env } },
  );
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
