/**
 * @liminal/narrators/testing: fake model servers speaking each vendor's wire format.
 */
export type { FakeReply, FakeUpstream, ReceivedRequest } from './fake-upstream';
export { DEFAULT_BEAT } from './fake-upstream';
export { startFakeOpenAI } from './fake-openai';
export { startFakeAnthropic } from './fake-anthropic';
export { startFakeBedrock } from './fake-bedrock';
export { startFakeSageMaker } from './fake-sagemaker';
