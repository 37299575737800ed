/**
 * The reader's screen: a slim bar (seed, narrator, New world, Restart, Journeys, Share, theme),
 * the story log, and two large answer buttons (or the Y and N keys). The journey itself lives in
 * `useJourney`; this puts it on the screen.
 */
import { useEffect, useState } from 'preact/hooks';
import type { JourneySummary, Language, LanguageOption, Story } from './api';
import { getLanguages, listJourneys } from './api';
import { AnswerBar } from './components/answer-bar';
import { JourneyList } from './components/journey-list';
import { SeedBar } from './components/seed-bar';
import { SharePanel } from './components/share-panel';
import { StoryLog } from './components/story-log';
import { useAnswerKeys } from './hooks/use-answer-keys';
import type { Beginning } from './hooks/use-journey';
import { sharedJourneyId, useJourney } from './hooks/use-journey';
import type { Messages } from './i18n/i18n';
import { EN } from './i18n/en';
import { MessagesContext, browserLanguage, isLanguage, loadMessages } from './i18n/i18n';
import type { Theme } from './journal';
import { saveLanguage, savedJourneys, savedLanguage, savedTheme, saveTheme } from './journal';
import { endingLabel, toldByAi } from './labels';
import { applyTheme } from './theme';

/** The reader's language: the one they chose, else their browser's, else English. */
export function initialLanguage(): Language {
  const saved = savedLanguage();
  return isLanguage(saved) ? saved : browserLanguage();
}

/** The menu's languages, with the reader's own choice among them while the server's list lacks it. */
function withChosen(offered: LanguageOption[], chosen: Language): LanguageOption[] {
  if (offered.some((option) => option.code === chosen)) return offered;
  return [...offered, { code: chosen, name: chosen, available: true }];
}

/** English alone, until the server says what else it offers. */
const ENGLISH_ONLY: LanguageOption[] = [{ code: 'en', name: 'English', available: true }];

type Panel = 'none' | 'journeys' | 'share';

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [messages, setMessages] = useState<Messages>(EN);
  const [languages, setLanguages] = useState<LanguageOption[]>(ENGLISH_ONLY);
  // The screen speaks the language as soon as its words arrive; so does the document.
  useEffect(() => {
    let current = true;
    void loadMessages(language).then((loaded) => {
      if (!current) return;
      setMessages(loaded.messages);
      // The words' language: English when that catalogue could not be fetched.
      document.documentElement.lang = loaded.language;
    });
    return () => {
      current = false;
    };
  }, [language]);
  useEffect(() => {
    getLanguages().then(
      (offered) => {
        setLanguages(offered);
        // A browser's language this server cannot tell stories in gives way to English; a
        // reader's own choice stands (its screen is in their language, its stories in English).
        const unavailable = offered.find((option) => option.code === language)?.available === false;
        if (savedLanguage() === null && unavailable) setLanguage('en');
      },
      () => undefined,
    );
    // Asked once, at start: the language then is the one to check.
  }, []);
  const { journey, shared, sharedFrom, streaming, busy, error, retry, ...act } = useJourney(
    language,
    messages,
  );
  const [panel, setPanel] = useState<Panel>('none');
  const [summaries, setSummaries] = useState<JourneySummary[]>([]);
  const [theme, setTheme] = useState<Theme>(savedTheme());
  useAnswerKeys(act.answer, messages.keys);

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
  const storyLanguage = story?.language ?? language;

  const chooseLanguage = (next: Language) => {
    saveLanguage(next);
    setLanguage(next);
    // The story so far was told in the other language: the same world begins again in this one.
    if (story !== null && shared === null && story.language !== next) {
      setPanel('none');
      act.begin({ seed: story.seed, language: next });
    }
  };
  const ended = story?.ending ?? null;
  // The same world again, in the language it was read in.
  const restart =
    story === null ? undefined : () => begin({ seed: story.seed, language: story.language });
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
    <MessagesContext.Provider value={messages}>
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
          language={language}
          languages={withChosen(languages, language)}
          onLanguage={chooseLanguage}
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
            language={storyLanguage}
            onClose={() => setPanel('none')}
          />
        )}

        <main class="story">
          <h1 class="visually-hidden">{messages.title}</h1>
          {story !== null && (
            <p class="world">
              {messages.worldLine(
                messages.settings[story.world.settingKey] ?? story.world.setting,
                messages.genres[story.world.genre] ?? story.world.genre,
              )}
              {/* The destination is the story's own words, in English. */}
              <span lang="en">{story.world.destination}</span>
            </p>
          )}
          {shared !== null && (
            <p class="notice">
              {sharedFrom === 'stored'
                ? messages.sharedStored
                : sharedFrom === 'original-gone'
                  ? messages.sharedGone
                  : shared.retold
                    ? messages.sharedRetold
                    : messages.sharedReplayed}
            </p>
          )}
          {shared === null && journey?.retold === true && (
            <p class="notice">{messages.retoldJourney}</p>
          )}
          <StoryLog
            beats={story?.beats ?? []}
            answers={story?.answers ?? []}
            streaming={streaming}
            thinking={busy}
            follow={shared === null}
            language={storyLanguage}
          >
            {ended !== null && (
              <section class="ending" aria-label={messages.theEnd}>
                <p class="ending-title">{messages.endingTitle(endingLabel(ended, messages))}</p>
                <div class="row">
                  <button type="button" onClick={() => begin({})}>
                    {messages.newWorld}
                  </button>
                  <button type="button" onClick={restart}>
                    {messages.restart}
                  </button>
                  <button type="button" onClick={share}>
                    {messages.share}
                  </button>
                </div>
              </section>
            )}
          </StoryLog>
          {shared !== null && ended === null && (
            <div class="row">
              <button
                type="button"
                onClick={() => begin({ replay: shared.replay, language: shared.language })}
              >
                {messages.continueJourney}
              </button>
            </div>
          )}
          {error !== null && (
            <div class="error" role="alert">
              <p>{error}</p>
              {retry !== null && (
                <button type="button" onClick={retry}>
                  {messages.tryAgain}
                </button>
              )}
            </div>
          )}
        </main>

        {shared === null && ended === null && (
          <AnswerBar enabled={journey !== null && !busy} onAnswer={act.answer} />
        )}
      </div>
    </MessagesContext.Provider>
  );
}
