/**
 * The reader's journey as state: the journey in progress (or a shared story being read), the
 * beat streaming in, whether the narrator is thinking, and the last error with a way to retry.
 * Starting, answering and opening journeys go through here; the screen only shows the result.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Answer, Journey, Story } from '../api';
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

/** How a new journey begins: a new world, a chosen seed, or a replay token. */
export interface Beginning {
  seed?: string;
  replay?: string;
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError && error.status < 500 && error.status !== 0) return error.message;
  return 'The connection dropped. Your journey is safe; try again.';
}

function shareToken(): string | null {
  return new URLSearchParams(location.search).get('r');
}

/** The stored journey a share link names, if it names one. */
export function sharedJourneyId(): string | null {
  return new URLSearchParams(location.search).get('j');
}

/**
 * Where a shared story's words come from: the stored journey, the built-in storyteller replaying
 * the link's seed and answers, or that retelling because the stored journey is no longer kept.
 */
export type SharedFrom = 'stored' | 'replayed' | 'original-gone';

export function useJourney() {
  const [journey, setJourney] = useState<Journey | null>(null);
  const [shared, setShared] = useState<Story | null>(null);
  const [sharedFrom, setSharedFrom] = useState<SharedFrom>('replayed');
  const [streaming, setStreaming] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const journeyRef = useRef<Journey | null>(null);
  journeyRef.current = journey;

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
        setError(describeError(failure));
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
      const run = () => void narrate((onDelta) => startJourney(input, onDelta), run);
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
              return startJourney({ replay: journey.replay }, onDelta);
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
          begin({ replay: local.replay });
        else if (!local) setError(describeError(failure));
      });
    },
    [begin, show],
  );

  // Start-up: a share link, the journey in progress, or a new world.
  useEffect(() => {
    const token = shareToken();
    if (token !== null) {
      const failed = (failure: unknown) => {
        setError(describeError(failure));
      };
      const replay = (from: SharedFrom) =>
        getReplay(token).then((story) => {
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
    const saved = currentJourney();
    if (saved === undefined) {
      begin({});
      return;
    }
    setJourney(saved);
    getJourney(saved.id).then(
      (fresh) => {
        if (fresh.turn >= saved.turn) show(fresh);
      },
      (failure: unknown) => {
        // The server lost it: rebuild it from the replay token (same seed, same answers).
        if (failure instanceof ApiError && failure.status === 404) begin({ replay: saved.replay });
      },
    );
  }, [begin, show]);

  return { journey, shared, sharedFrom, streaming, busy, error, retry, begin, answer, open };
}
