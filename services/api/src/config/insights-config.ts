/** The insights' settings both the local server and the Lambdas read from their environment. */
import { ABANDON_AFTER_MINUTES } from '@liminal/insights';
import type { envReader } from './env';

/** Minutes after a day (UTC) ends before its journeys not completed count as abandoned. */
export function readAbandonMinutes(read: ReturnType<typeof envReader>): number {
  return read.integer('INSIGHTS_ABANDON_MINUTES', ABANDON_AFTER_MINUTES, 1, 10_080);
}
