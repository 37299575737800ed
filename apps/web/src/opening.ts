/**
 * A fresh visitor's first beat, asked for while the app's script first runs. Asked from the
 * start-up effect instead, it waited for the first render and paint: a trace of fresh visits put
 * the request 40-90 ms after the script had run, most of the wait for a first beat (issue 14).
 * The journey begun here is handed to the first `begin` that asks for the same beginning;
 * anything else (a share link, a journey in progress) never asks for one.
 */
import type { StartJourneyBody } from '@liminal/contract';
import type { Journey } from './api';
import { startJourney } from './api';

interface Asked {
  key: string;
  journey: Promise<Journey>;
  take(onDelta: (text: string) => void): Promise<Journey>;
}

let asked: Asked | null = null;

declare global {
  /** The reply to the opening the page asked for as it was read (index.html), once. */
  var liminalOpening: { body: string; response: Promise<Response> } | undefined;
}

/** The reply the page already asked for with this same body, taken once; else undefined. */
function askedByThePage(key: string): Promise<Response> | undefined {
  const page = globalThis.liminalOpening;
  globalThis.liminalOpening = undefined;
  return page?.body === key ? page.response : undefined;
}

/** Begins a journey now; its text is kept until someone takes it. */
export function askForOpening(body: StartJourneyBody): void {
  const early: string[] = [];
  let listener: ((text: string) => void) | null = null;
  const key = JSON.stringify(body);
  const journey = startJourney(
    body,
    (text) => {
      if (listener === null) early.push(text);
      else listener(text);
    },
    askedByThePage(key),
  );
  // A failure is the taker's to report; untaken, it is nobody's.
  journey.catch(() => undefined);
  asked = {
    key,
    journey,
    take(onDelta) {
      for (const text of early.splice(0)) onDelta(text);
      listener = onDelta;
      return journey;
    },
  };
}

/** The journey asked for early, once, if it began the way `body` asks; otherwise null. */
export function takeOpening(
  body: StartJourneyBody,
  onDelta: (text: string) => void,
): Promise<Journey> | null {
  const taken = asked;
  asked = null;
  return taken !== null && taken.key === JSON.stringify(body) ? taken.take(onDelta) : null;
}

/**
 * Settles when the journey asked for early has come (or failed), or after `ms`, whichever is
 * first; at once when none was asked for. The first render waits for it, so that a fresh
 * visitor's first beat is in the first frame rather than a frame or two after an empty one; a
 * narrator slower than `ms` streams its beat into the rendered screen as before.
 */
export function openingSettled(ms: number): Promise<void> {
  if (asked === null) return Promise.resolve();
  const come = asked.journey.then(
    () => undefined,
    () => undefined,
  );
  return Promise.race([come, new Promise<void>((resolve) => setTimeout(resolve, ms))]);
}
