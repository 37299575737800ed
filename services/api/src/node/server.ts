/**
 * Entry point of the local server: adapts Node's HTTP server to the app. No logic here.
 */
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { compileCorpus } from '@liminal/story';
import { readServerConfig } from './config';
import { createNodeApp } from './create-node-app';
import { describeListenError } from './listen-error';
import { answerClientErrors, serverOptions } from './server-limits';

let started: ReturnType<typeof createNodeApp>;
let config: ReturnType<typeof readServerConfig>;
try {
  config = readServerConfig(process.env, process.cwd());
  started = createNodeApp(config);
} catch (error) {
  // Configuration mistakes: say what is wrong, without a stack trace.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const { app, store, narrator, hasWeb } = started;
// Only a failure to listen is reported this way; once listening, the server's own errors stand.
const cannotListen = (error: Error) => {
  console.error(describeListenError(error, config.host, config.port));
  void store.close().finally(() => process.exit(1));
};
const server = serve(
  { fetch: app.fetch, port: config.port, hostname: config.host, serverOptions: serverOptions() },
  (info) => {
    server.off('error', cannotListen);
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
    console.log(`Liminal Transit is listening on http://${host}:${info.port}/`);
    if (!hasWeb) console.log(`No web app found at ${config.webRoot}: serving the API only.`);
    console.log(`Narrators, in order: ${narrator.names.join(', ')}.`);
    // The whole story corpus, compiled once the server is up rather than by its first readers.
    setImmediate(compileCorpus);
  },
);
answerClientErrors(server as Server);
server.once('error', cannotListen);

let stopping = false;
function stop(signal: string): void {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing connections and the database.`);
  server.close(() => {
    void store.close().then(() => process.exit(0));
  });
  // Idle keep-alive connections would hold close() open; end them, then force after 5 s.
  (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', () => {
  stop('SIGINT');
});
process.on('SIGTERM', () => {
  stop('SIGTERM');
});
