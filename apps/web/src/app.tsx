/**
 * The reader's screen: a slim bar (seed, narrator, New world, Restart, Journeys, Share, theme),
 * the story log, and two large answer buttons (or the Y and N keys).
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Answer, Journey, JourneySummary, Story } from './api';
import {
  ApiError,
  advance,
  answerTurn,
  getJourney,
  getReplay,
  listJourneys,
  startJourney,
} from './api';
import { JourneyList } from './components/journey-list';
import { SharePanel } from './components/share-panel';
import { StoryLog } from './components/story-log';
import type { Theme } from './journal';
import { currentJourney, saveJourney, savedJourneys, savedTheme, saveTheme } from './journal';
import { ENDING_LABELS, narratorLabel } from './labels';
import { NEXT_THEME, applyTheme } from './theme';

type Panel = 'none' | 'journeys' | 'share';

interface Pending {
  answer: Answer;
  turn: number;
}

function describeError(error: unknown): string {
  if (error instanceof ApiError && error.status < 500 && error.status !== 0) return error.message;
  return 'The connection dropped. Your journey is safe; try again.';
}

function shareToken(): string | null {
  return new URLSearchParams(location.search).get('r');
}

export function App() {
  const [journey, setJourney] = useState<Journey | null>(null);
  const [shared, setShared] = useState<Story | null>(null);
  const [streaming, setStreaming] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const [panel, setPanel] = useState<Panel>('none');
  const [summaries, setSummaries] = useState<JourneySummary[]>([]);
  const [theme, setTheme] = useState<Theme>(savedTheme());
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
      const typewriter = journeyRef.current?.variants['beat-reveal'] !== 'whole';
      try {
        show(await run((text) => typewriter && setStreaming((previous) => previous + text)));
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
    (input: { seed?: string; replay?: string }) => {
      setPanel('none');
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
      const pending: Pending = { answer: value, turn: journey.turn + 1 };
      const run = () =>
        void narrate(async (onDelta) => {
          try {
            return await advance(
              journey,
              await answerTurn(journey.id, pending.turn, pending.answer, onDelta),
            );
          } catch (failure) {
            // Answered already (a retry after a dropped response) or moved on elsewhere: resync.
            if (failure instanceof ApiError && failure.status === 409)
              return getJourney(journey.id);
            throw failure;
          }
        }, run);
      run();
    },
    [journey, busy, narrate],
  );

  // Start-up: a share link, the journey in progress, or a new world.
  useEffect(() => {
    const token = shareToken();
    if (token !== null) {
      getReplay(token).then(setShared, (failure: unknown) => {
        setError(describeError(failure));
      });
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

  // Y and N answer from anywhere but a text field. The listener is attached once and reads the
  // latest handler from a ref, so a key pressed right after a beat appears is never lost.
  const answerRef = useRef(answer);
  answerRef.current = answer;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return;
      const target = event.target;
      if (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) return;
      const key = event.key.toLowerCase();
      if (key === 'y') answerRef.current('yes');
      if (key === 'n') answerRef.current('no');
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, []);

  const openJourneys = () => {
    setPanel('journeys');
    const local = savedJourneys().map(({ id, seed, turn, ending, createdAt, updatedAt }) => ({
      id,
      seed,
      turn,
      ending,
      createdAt,
      updatedAt,
    }));
    setSummaries(local);
    listJourneys().then(
      (remote) => {
        const byId = new Map([...remote, ...local].map((summary) => [summary.id, summary]));
        setSummaries([...byId.values()].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      },
      () => undefined,
    );
  };

  const openJourney = (id: string) => {
    setPanel('none');
    const local = savedJourneys().find((saved) => saved.id === id);
    if (local) setJourney(local);
    getJourney(id).then(show, (failure: unknown) => {
      if (local && failure instanceof ApiError && failure.status === 404)
        begin({ replay: local.replay });
      else if (!local) setError(describeError(failure));
    });
  };

  const story: Story | null = shared ?? journey;
  const lastBeat = story?.beats[story.beats.length - 1];
  const ended = story?.ending ?? null;
  const canAnswer = shared === null && journey !== null && ended === null && !busy;

  return (
    <div class="shell">
      <header class="bar">
        <div class="bar-info">
          <p class="seed">
            <span class="label">Seed</span> <span class="seed-value">{story?.seed ?? '...'}</span>
          </p>
          <p class="narrator">Narrated by {narratorLabel(lastBeat?.narrator)}</p>
        </div>
        <nav class="bar-actions" aria-label="Journey">
          <button type="button" class="quiet" disabled={busy} onClick={() => begin({})}>
            New world
          </button>
          <button
            type="button"
            class="quiet"
            disabled={busy || story === null}
            onClick={() => story && begin({ seed: story.seed })}
          >
            Restart
          </button>
          <button type="button" class="quiet" onClick={openJourneys}>
            Journeys
          </button>
          <button
            type="button"
            class="quiet"
            disabled={story === null}
            onClick={() => setPanel('share')}
          >
            Share
          </button>
          <button
            type="button"
            class="quiet"
            title={`Switch to ${NEXT_THEME[theme] === 'system' ? 'the system theme' : NEXT_THEME[theme]}`}
            onClick={() => {
              const next = NEXT_THEME[theme];
              applyTheme(next);
              saveTheme(next);
              setTheme(next);
            }}
          >
            Theme: {theme === 'system' ? 'Auto' : theme === 'light' ? 'Light' : 'Dark'}
          </button>
        </nav>
      </header>

      {panel === 'journeys' && (
        <JourneyList
          journeys={summaries}
          currentId={journey?.id}
          onOpen={openJourney}
          onSeed={(seed) => begin({ seed })}
          onClose={() => setPanel('none')}
        />
      )}
      {panel === 'share' && story !== null && (
        <SharePanel token={story.replay} onClose={() => setPanel('none')} />
      )}

      <main class="story">
        <h1 class="visually-hidden">Liminal Transit</h1>
        {story !== null && (
          <p class="world">
            {story.world.setting}, {story.world.genre}, bound for {story.world.destination}
          </p>
        )}
        {shared !== null && (
          <p class="notice">
            {shared.retold
              ? 'A shared journey from an earlier telling: the seed and answers are the same, the words have changed since.'
              : 'A shared journey, replayed word for word.'}
          </p>
        )}
        {shared === null && journey?.retold === true && (
          <p class="notice">
            This journey began with an earlier storyteller; the rest is told anew.
          </p>
        )}
        <StoryLog
          beats={story?.beats ?? []}
          answers={story?.answers ?? []}
          streaming={streaming}
          thinking={busy}
        />
        {ended !== null && (
          <section class="ending" aria-label="The end">
            <p class="ending-title">The end: {ENDING_LABELS[ended] ?? ended}</p>
            <div class="row">
              <button type="button" onClick={() => begin({})}>
                New world
              </button>
              <button type="button" onClick={() => story && begin({ seed: story.seed })}>
                Restart
              </button>
              <button type="button" onClick={() => setPanel('share')}>
                Share
              </button>
            </div>
          </section>
        )}
        {shared !== null && ended === null && (
          <div class="row">
            <button type="button" onClick={() => begin({ replay: shared.replay })}>
              Continue this journey
            </button>
          </div>
        )}
        {error !== null && (
          <div class="error" role="alert">
            <p>{error}</p>
            {retry !== null && (
              <button type="button" onClick={retry}>
                Try again
              </button>
            )}
          </div>
        )}
      </main>

      {shared === null && ended === null && (
        <footer class="answers">
          <p class="visually-hidden" id="keys-hint">
            Press Y for yes or N for no.
          </p>
          <button
            type="button"
            class="answer-button"
            aria-disabled={!canAnswer}
            aria-keyshortcuts="Y"
            aria-describedby="keys-hint"
            onClick={() => {
              answer('yes');
            }}
          >
            Yes
          </button>
          <button
            type="button"
            class="answer-button"
            aria-disabled={!canAnswer}
            aria-keyshortcuts="N"
            aria-describedby="keys-hint"
            onClick={() => {
              answer('no');
            }}
          >
            No
          </button>
        </footer>
      )}
    </div>
  );
}
