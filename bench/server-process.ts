/**
 * Bench helper: runs the production server bundle (as `npm start` does) in a child process, so
 * the load generator and the server each have a core.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `node <script>` and waits for it to print "listening on http://...". */
export function startProcess(args: string[], env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/[^\s/]+)/u.exec(output);
      if (match?.[1]) {
        resolve({
          url: match[1],
          child,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => {
                done();
              });
              child.kill('SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => {
      reject(new Error(`process exited with ${String(code)}: ${output}`));
    });
  });
}

/**
 * The real server with SQLite in a fresh directory and the given web root; `prepare` may fill
 * the directory (a database of stored journeys, say) before the server opens it.
 */
export async function startAppServer(
  bundle: string,
  env: Record<string, string> = {},
  prepare: (dataDir: string) => Promise<void> = () => Promise.resolve(),
): Promise<ServerProcess & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'liminal-bench-'));
  await prepare(dataDir);
  const server = await startProcess(
    [
      ...(process.env['BENCH_PROFILE']
        ? ['--cpu-prof', `--cpu-prof-dir=${process.env['BENCH_PROFILE']}`]
        : []),
      bundle,
    ],
    {
      PORT: '0',
      DATA_DIR: dataDir,
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
    },
  );
  return {
    ...server,
    dataDir,
    stop: async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
