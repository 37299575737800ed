/**
 * The opening asked for before the app renders (`src/opening.ts`): handed whole to the first
 * beginning that matches it, once, with the text that streamed in before anyone was listening.
 * `fetch` is the edge replaced here; the browser tests run it against the real server.
 */
import { EVENT_STREAM, frameEvent } from '@liminal/contract/events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Journey } from '../src/api';
import { askForOpening, openingSettled, takeOpening } from '../src/opening';

const journey = { id: 'j1', seed: 'night bus' } as unknown as Journey;

/** A fetch answering one beat as the API streams it, once `release` is called. */
function streamingFetch() {
  let release = (): void => undefined;
  const calls: unknown[] = [];
  const fetch = vi.fn((_input: unknown, init: RequestInit) => {
    calls.push(JSON.parse(init.body as string));
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        const encoder = new TextEncoder();
        controller.enqueue(encoder.encode(frameEvent('delta', { text: 'You wait. ' })));
        release = () => {
          controller.enqueue(encoder.encode(frameEvent('delta', { text: 'Do you board?' })));
          controller.enqueue(encoder.encode(frameEvent('beat', { journey })));
          controller.close();
        };
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-type': EVENT_STREAM } }));
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, release: () => release() };
}

afterEach(() => {
  void takeOpening({}, () => undefined); // nothing asked for carries over to the next test
  vi.unstubAllGlobals();
});

describe('the opening asked for early', () => {
  it('hands the taker the text that came before it listened, then the rest, then the journey', async () => {
    const upstream = streamingFetch();
    askForOpening({ language: 'es' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const heard: string[] = [];
    const taken = takeOpening({ language: 'es' }, (text) => heard.push(text));
    expect(heard).toEqual(['You wait. ']);
    upstream.release();
    expect(await taken).toEqual(journey);
    expect(heard).toEqual(['You wait. ', 'Do you board?']);
    expect(upstream.calls).toEqual([{ language: 'es' }]);
  });

  it('is taken once, and only by a beginning that asks for the same', () => {
    streamingFetch();
    askForOpening({});
    expect(takeOpening({ seed: 'another world' }, () => undefined)).toBeNull();
    // Asked for something else first, it is gone: a later match begins its own journey.
    expect(takeOpening({}, () => undefined)).toBeNull();
    askForOpening({});
    expect(takeOpening({}, () => undefined)).not.toBeNull();
    expect(takeOpening({}, () => undefined)).toBeNull();
  });

  it('takes the reply the page asked for as it was read, when it asked for the same', async () => {
    const upstream = streamingFetch();
    const page = fetch('/api/journeys', { body: '{}' });
    upstream.calls.length = 0;
    globalThis.liminalOpening = { body: '{}', response: page };
    askForOpening({});
    const heard: string[] = [];
    const taken = takeOpening({}, (text) => heard.push(text));
    upstream.release();
    expect(await taken).toEqual(journey);
    // No second request: the page's reply was read.
    expect(upstream.calls).toEqual([]);
    expect(globalThis.liminalOpening).toBeUndefined();
    // Asked for another beginning, the app asks for its own.
    globalThis.liminalOpening = { body: '{}', response: page };
    askForOpening({ language: 'es' });
    expect(upstream.calls).toEqual([{ language: 'es' }]);
  });

  it('lets the first render wait for it, but not for long, and not at all when none was asked for', async () => {
    await expect(openingSettled(60_000)).resolves.toBeUndefined();
    const upstream = streamingFetch();
    askForOpening({});
    let settled = false;
    const waiting = openingSettled(60_000).then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toBe(false);
    upstream.release();
    await waiting;
    askForOpening({});
    // Never answered: the wait ends on its own.
    await expect(openingSettled(1)).resolves.toBeUndefined();
  });
});
