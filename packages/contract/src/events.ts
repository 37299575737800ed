/**
 * A beat as server-sent events: `delta` events as text arrives, then one `beat` event with the
 * response body (the same as the JSON answer), or one `error` event with an error body. Written
 * here once for the API, which frames them, and the web app, which reads them.
 */
import type { ErrorBody } from './errors';

export const BEAT_EVENTS = { delta: 'delta', beat: 'beat', error: 'error' } as const;
export type BeatEvent = (typeof BEAT_EVENTS)[keyof typeof BEAT_EVENTS];

/** The media type a client asks for (Accept) and the API answers with. */
export const EVENT_STREAM = 'text/event-stream';

/** The data of a `delta` event. */
export interface DeltaData {
  text: string;
}

/** The data each event carries: a `beat` event carries the response body `T`. */
export type EventData<T> =
  | { event: 'delta'; data: DeltaData }
  | { event: 'beat'; data: T }
  | { event: 'error'; data: ErrorBody };

/** One event as it goes on the wire. */
export function frameEvent(event: BeatEvent, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Takes the complete events from the front of `buffer` (text as received so far) and returns
 * them with what is left over, the start of an event still arriving.
 */
export function takeEvents<T>(buffer: string): { events: EventData<T>[]; rest: string } {
  const events: EventData<T>[] = [];
  let rest = buffer;
  let end = rest.indexOf('\n\n');
  while (end !== -1) {
    const block = rest.slice(0, end);
    rest = rest.slice(end + 2);
    end = rest.indexOf('\n\n');
    const event = /^event: (.+)$/mu.exec(block)?.[1];
    const data = /^data: (.*)$/mu.exec(block)?.[1];
    if (data === undefined) continue;
    if (event === 'delta' || event === 'beat' || event === 'error') {
      events.push({ event, data: JSON.parse(data) as never });
    }
  }
  return { events, rest };
}
