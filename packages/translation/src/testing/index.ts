export type { FakeFault, FakeService } from './fake-service';
export { startFakeTranslate } from './fake-translate';
export { FAKE_DEEPL_KEY, startFakeDeepl } from './fake-deepl';
export { FAKE_MODEL_KEY, startFakeModel } from './fake-model';
export { gloss } from './gloss';
export { translationCacheContract } from '../cache.contract';
