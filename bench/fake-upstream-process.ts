/**
 * Bench helper: a fake OpenAI server in its own process, so the process under measurement (the
 * SDK, with or without the router) is not also serving the fake's responses.
 */
import { startFakeOpenAI } from '../packages/narrators/src/testing/index';

const upstream = await startFakeOpenAI();
// FAKE_STATUS=503 makes every reply that error: a narrator that is down.
if (process.env.FAKE_STATUS !== undefined)
  upstream.setDefault({ status: Number(process.env.FAKE_STATUS) });
console.log(`listening on ${upstream.url}`);
process.on('SIGTERM', () => {
  void upstream.close().then(() => process.exit(0));
});
