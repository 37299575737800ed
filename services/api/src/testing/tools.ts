/**
 * Test helpers for the real tools the suite drives: whether one is installed (tests skip,
 * saying which, when it is not) and a free loopback port for a server a test starts.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** True when `command` is on the PATH. */
export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/**
 * A suite's or test's title, saying why it is skipped only when it is: a title that says
 * "skipped" over tests that ran (and may have failed) misleads whoever reads the report.
 */
export function titled(name: string, available: boolean, missing: string): string {
  return available ? name : `${name} (skipped: ${missing})`;
}

/** A port nothing listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address !== null) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}
