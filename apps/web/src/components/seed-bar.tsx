/**
 * The slim bar above the story: the seed and narrator, and New world, Restart, Journeys, Share
 * and the theme switch.
 */
import type { Language, LanguageOption } from '../api';
import { useMessages } from '../i18n/i18n';
import type { Theme } from '../journal';
import { narratorLabel } from '../labels';
import { NEXT_THEME } from '../theme';

export interface SeedBarProps {
  seed: string | undefined;
  narrator: string | undefined;
  busy: boolean;
  theme: Theme;
  onNewWorld: () => void;
  /** Absent when there is no story to restart or share yet. */
  onRestart: (() => void) | undefined;
  onShare: (() => void) | undefined;
  onJourneys: () => void;
  onTheme: (next: Theme) => void;
  language: Language;
  /** The languages this server offers; English alone until it has said. */
  languages: readonly LanguageOption[];
  onLanguage: (next: Language) => void;
}

export function SeedBar(props: SeedBarProps) {
  const next = NEXT_THEME[props.theme];
  const messages = useMessages();
  const chosen = props.languages.find((option) => option.code === props.language);
  return (
    <header class="bar">
      <div class="bar-info">
        <p class="seed">
          <span class="label">{messages.seed}</span>{' '}
          <span class="seed-value">{props.seed ?? '...'}</span>
        </p>
        <p class="narrator">{messages.narratedBy(narratorLabel(props.narrator, messages))}</p>
      </div>
      <nav class="bar-actions" aria-label={messages.journeyNav}>
        <button type="button" class="quiet" disabled={props.busy} onClick={props.onNewWorld}>
          {messages.newWorld}
        </button>
        <button
          type="button"
          class="quiet"
          disabled={props.busy || props.onRestart === undefined}
          onClick={props.onRestart}
        >
          {messages.restart}
        </button>
        <button type="button" class="quiet" onClick={props.onJourneys}>
          {messages.journeys}
        </button>
        <button
          type="button"
          class="quiet"
          disabled={props.onShare === undefined}
          onClick={props.onShare}
        >
          {messages.share}
        </button>
        <button
          type="button"
          class="quiet"
          title={messages.switchTheme(messages.themeNames[next])}
          onClick={() => {
            props.onTheme(next);
          }}
        >
          {messages.theme(messages.themeNames[props.theme])}
        </button>
        <label class="language">
          <span class="visually-hidden">{messages.language}</span>
          <select
            class="quiet"
            value={props.language}
            disabled={props.busy}
            title={chosen?.note}
            onChange={(event) => {
              props.onLanguage(event.currentTarget.value as Language);
            }}
          >
            {props.languages.map((option) => (
              <option
                key={option.code}
                value={option.code}
                lang={option.code}
                disabled={!option.available}
                title={option.available ? option.note : messages.noTranslator}
              >
                {option.available ? option.name : `${option.name} (${messages.unavailable})`}
              </option>
            ))}
          </select>
        </label>
      </nav>
    </header>
  );
}
