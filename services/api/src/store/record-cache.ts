/**
 * Least-recently-used journeys, in memory. Records are immutable values (the story domain never
 * mutates state), so handing out the cached object is safe.
 */
import type { JourneyRecord } from './journey-store';

export function createRecordCache(capacity: number) {
  const records = new Map<string, JourneyRecord>();
  return {
    get(id: string): JourneyRecord | undefined {
      const record = records.get(id);
      if (record !== undefined) {
        records.delete(id);
        records.set(id, record);
      }
      return record;
    },
    set(record: JourneyRecord): void {
      if (capacity <= 0) return;
      records.delete(record.id);
      records.set(record.id, record);
      if (records.size > capacity) {
        const oldest = records.keys().next();
        if (oldest.done !== true) records.delete(oldest.value);
      }
    },
  };
}
