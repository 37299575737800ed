/**
 * The reader's screen: a slim bar (seed, narrator, New world, Restart, Journeys, Share, theme),
 * the story log, and two large answer buttons (or the Y and N keys). The journey itself lives in
 * `useJourney`; this puts it on the screen.
 */
import { useState } from 'preact/hooks';
import type { JourneySummary, Story } from './api';
import { listJourneys } from './api';
import { AnswerBar } from './components/answer-bar';
import { JourneyList } from './components/journey-list';
import { SeedBar } from './components/seed-bar';
import { SharePanel } from './components/share-panel';
import { StoryLog } from './components/story-log';
import { useAnswerKeys } from './hooks/use-answer-keys';
import type { Beginning } from './hooks/use-journey';
import { sharedJourneyId, useJourney } from './hooks/use-journey';
import type { Theme } from './journal';
import { savedJourneys, savedTheme, saveTheme } from './journal';
import { ENDING_LABELS, toldByAi } from './labels';
import { applyTheme } from './theme';

type Panel = 'none' | 'journeys' | 'share';

export function App() {
  const { journey, shared, sharedFrom, streaming, busy, error, retry, ...act } = useJourney();
  const [panel, setPanel] = useState<Panel>('none');
  const [summaries, setSummaries] = useState<JourneySummary[]>([]);
  const [theme, setTheme] = useState<Theme>(savedTheme());
  useAnswerKeys(act.answer);

  const begin = (input: Beginning) => {
    setPanel('none');
    act.begin(input);
  };

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

  const story: Story | null = shared ?? journey;
  const ended = story?.ending ?? null;
  const restart = story === null ? undefined : () => begin({ seed: story.seed });
  const share = story === null ? undefined : () => setPanel('share');
  // The stored journey a share link names, when an AI told part of it (the storyteller's own
  // words replay from the token alone): the reader's own, or the one a stored share showed.
  const shareId =
    story === null || !toldByAi(story.beats)
      ? undefined
      : shared === null
        ? journey?.id
        : sharedFrom === 'stored'
          ? (sharedJourneyId() ?? undefined)
          : undefined;

  return (
    <div class="shell" data-setting={story?.world.settingKey}>
      <SeedBar
        seed={story?.seed}
        narrator={story?.beats[story.beats.length - 1]?.narrator}
        busy={busy}
        theme={theme}
        onNewWorld={() => begin({})}
        onRestart={restart}
        onShare={share}
        onJourneys={openJourneys}
        onTheme={(next) => {
          applyTheme(next);
          saveTheme(next);
          setTheme(next);
        }}
      />

      {panel === 'journeys' && (
        <JourneyList
          journeys={summaries}
          currentId={journey?.id}
          onOpen={(id) => {
            setPanel('none');
            act.open(id);
          }}
          onSeed={(seed) => begin({ seed })}
          onClose={() => setPanel('none')}
        />
      )}
      {panel === 'share' && story !== null && (
        <SharePanel
          token={story.replay}
          journeyId={shareId}
          aiTold={toldByAi(story.beats)}
          onClose={() => setPanel('none')}
        />
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
            {sharedFrom === 'stored'
              ? 'A shared journey, in the words it was told.'
              : sharedFrom === 'original-gone'
                ? 'A shared journey, retold by the built-in storyteller: the original telling is no longer kept, so the words may differ.'
                : shared.retold
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
          follow={shared === null}
        >
          {ended !== null && (
            <section class="ending" aria-label="The end">
              <p class="ending-title">The end: {ENDING_LABELS[ended] ?? ended}</p>
              <div class="row">
                <button type="button" onClick={() => begin({})}>
                  New world
                </button>
                <button type="button" onClick={restart}>
                  Restart
                </button>
                <button type="button" onClick={share}>
                  Share
                </button>
              </div>
            </section>
          )}
        </StoryLog>
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
        <AnswerBar enabled={journey !== null && !busy} onAnswer={act.answer} />
      )}
    </div>
  );
}
