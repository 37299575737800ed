import { describeJourneyStoreContract } from './journey-store.contract';
import { createMemoryStore } from './memory-store';

describeJourneyStoreContract('memory', () => Promise.resolve(createMemoryStore()));
