/**
 * Bench helper: a fake OpenAI server in its own process, so the process under measurement (the
 * SDK, with or without the router) is not also serving the fake's responses.
 */
import { startFakeOpenAI } from '../packages/narrators/src/testing/index';

const upstream = await startFakeOpenAI();
console.log(`listening on ${upstream.url}`);
process.on('SIGTERM', () => {
  void upstream.close().then(() => process.exit(0));
});
