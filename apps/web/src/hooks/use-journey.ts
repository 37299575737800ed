/**
 * The reader's journey as state: the journey in progress (or a shared story being read), the
 * beat streaming in, whether the narrator is thinking, and the last error with a way to retry.
 * Starting, answering and opening journeys go through here; the screen only shows the result.
 */
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { StartJourneyBody } from '@liminal/contract';
import type { Answer, Journey, Language, Story } from '../api';
import type { Messages } from '../i18n/i18n';
import { isLanguage } from '../i18n/i18n';
import {
  ApiError,
  advance,
  answerTurn,
  getJourney,
  getReplay,
  getSharedJourney,
  startJourney,
} from '../api';
import { currentJourney, saveJourney, savedJourneys } from '../journal';
import { askForOpening, takeOpening } from '../opening';

/** How a new journey begins: a new world, a chosen seed, or a replay token. */
export interface Beginning {
  seed?: string;
  replay?: string;
  /** The reader's chosen language unless given (a journey rebuilt keeps its own). */
  language?: Language;
}

/** The language a share link asks its story to be read in. */
export function sharedLanguage(): Language {
  const code = new URLSearchParams(location.search).get('l');
  return isLanguage(code) ? code : 'en';
}

/** What to tell the reader of a failure, in their language where the catalogue says it. */
export function describeError(error: unknown, messages: Messages): string {
  if (error instanceof ApiError && error.status < 500 && error.status !== 0)
    return messages.errors?.[error.code] ?? error.message;
  return messages.connectionDropped;
}

function shareToken(): string | null {
  return new URLSearchParams(location.search).get('r');
}

/** The stored journey a share link names, if it names one. */
export function sharedJourneyId(): string | null {
  return new URLSearchParams(location.search).get('j');
}

/** What a new journey's request says: how it begins, and its language unless English. */
function startBody(input: Beginning, language: Language): StartJourneyBody {
  const { language: own, ...start } = input;
  const chosen = own ?? language;
  return chosen === 'en' ? start : { ...start, language: chosen };
}

/** A first visit: no share link to read and no journey in progress, so a new world begins. */
function isFreshVisit(): boolean {
  return shareToken() === null && currentJourney() === undefined;
}

/** Asks for a fresh visitor's new world before the app has rendered (see `opening.ts`). */
export function beginEarly(language: Language): void {
  if (isFreshVisit()) askForOpening(startBody({}, language));
}

/**
 * Where a shared story's words come from: the stored journey, the built-in storyteller replaying
 * the link's seed and answers, or that retelling because the stored journey is no longer kept.
 */
export type SharedFrom = 'stored' | 'replayed' | 'original-gone';

/**
 * `language` is what new journeys are read in; `messages` the screen's words, for what to say
 * when something fails.
 */
export function useJourney(language: Language, messages: Messages) {
  const [journey, setJourney] = useState<Journey | null>(null);
  const [shared, setShared] = useState<Story | null>(null);
  const [sharedFrom, setSharedFrom] = useState<SharedFrom>('replayed');
  const [streaming, setStreaming] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const journeyRef = useRef<Journey | null>(null);
  journeyRef.current = journey;
  // Read when a journey begins, not when the callbacks were made: they stay the same.
  const settings = useRef({ language, messages });
  settings.current = { language, messages };

  const show = useCallback((next: Journey) => {
    saveJourney(next);
    setJourney(next);
    setShared(null);
    setStreaming('');
    setError(null);
    setRetry(null);
  }, []);

  /** Runs one narrator call with the thinking indicator, streaming text and error handling. */
  const narrate = useCallback(
    async (run: (onDelta: (text: string) => void) => Promise<Journey>, again: () => void) => {
      setBusy(true);
      setError(null);
      setStreaming('');
      // The beat-reveal experiment: "whole" readers see a beat only once it is complete.
      const streamed = journeyRef.current?.variants['beat-reveal'] !== 'whole';
      try {
        show(await run((text) => streamed && setStreaming((previous) => previous + text)));
      } catch (failure) {
        setStreaming('');
        setError(describeError(failure, settings.current.messages));
        setRetry(() => again);
      } finally {
        setBusy(false);
      }
    },
    [show],
  );

  const begin = useCallback(
    (input: Beginning) => {
      if (location.search !== '') history.replaceState(null, '', '/');
      const body = startBody(input, settings.current.language);
      const run = () =>
        void narrate((onDelta) => takeOpening(body, onDelta) ?? startJourney(body, onDelta), run);
      run();
    },
    [narrate],
  );

  const answer = useCallback(
    (value: Answer) => {
      // The buttons stay focusable while the narrator thinks (aria-disabled), so guard here.
      if (journey === null || journey.ending !== null || busy) return;
      const turn = journey.turn + 1;
      const run = () =>
        void narrate(async (onDelta) => {
          try {
            return await advance(journey, await answerTurn(journey.id, turn, value, onDelta));
          } catch (failure) {
            // Answered already (a retry after a dropped response) or moved on elsewhere: resync.
            if (failure instanceof ApiError && failure.status === 409)
              return getJourney(journey.id);
            // Begun by another visitor (this browser's cookie was cleared, or it came from
            // elsewhere): carry on in a copy of one's own, from its seed and answers.
            if (failure instanceof ApiError && failure.status === 403)
              return startJourney(
                startBody({ replay: journey.replay, language: journey.language }, 'en'),
                onDelta,
              );
            throw failure;
          }
        }, run);
      run();
    },
    [journey, busy, narrate],
  );

  /** Opens one of the reader's journeys: the saved copy at once, the server's when it answers. */
  const open = useCallback(
    (id: string) => {
      const local = savedJourneys().find((saved) => saved.id === id);
      if (local) setJourney(local);
      getJourney(id).then(show, (failure: unknown) => {
        if (local && failure instanceof ApiError && failure.status === 404)
          begin({ replay: local.replay, language: local.language });
        else if (!local) setError(describeError(failure, settings.current.messages));
      });
    },
    [begin, show],
  );

  // Start-up: a share link, the journey in progress, or a new world. A layout effect runs as
  // the first render ends; a plain one waited for the first paint, a frame or more later, and a
  // fresh visitor's first beat (asked for already) waited with it.
  useLayoutEffect(() => {
    const token = shareToken();
    if (token !== null) {
      const failed = (failure: unknown) => {
        setError(describeError(failure, settings.current.messages));
      };
      const replay = (from: SharedFrom) =>
        getReplay(token, sharedLanguage()).then((story) => {
          setSharedFrom(from);
          setShared(story);
        }, failed);
      const id = sharedJourneyId();
      if (id === null) void replay('replayed');
      else
        getSharedJourney(id, token).then(
          (story) => {
            setSharedFrom('stored');
            setShared(story);
          },
          (failure: unknown) => {
            // The journey is no longer kept: the storyteller retells its seed and answers.
            if (failure instanceof ApiError && failure.status === 404) void replay('original-gone');
            else failed(failure);
          },
        );
      return;
    }
    if (isFreshVisit()) {
      begin({});
      return;
    }
    const saved = currentJourney();
    if (saved === undefined) return;
    setJourney(saved);
    getJourney(saved.id).then(
      (fresh) => {
        if (fresh.turn >= saved.turn) show(fresh);
      },
      (failure: unknown) => {
        // The server lost it: rebuild it from the replay token (same seed, same answers).
        if (failure instanceof ApiError && failure.status === 404)
          begin({ replay: saved.replay, language: saved.language });
      },
    );
  }, [begin, show]);

  return { journey, shared, sharedFrom, streaming, busy, error, retry, begin, answer, open };
}
