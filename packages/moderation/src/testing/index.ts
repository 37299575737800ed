/**
 * @liminal/moderation/testing: a fake Amazon Comprehend speaking its wire protocol.
 */
export type { FakeComprehend, FakeComprehendFault } from './fake-comprehend';
export { FAKE_TOXIC_WORDS, startFakeComprehend } from './fake-comprehend';
