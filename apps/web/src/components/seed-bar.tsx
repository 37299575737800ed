/**
 * The slim bar above the story: the seed and narrator, and New world, Restart, Journeys, Share
 * and the theme switch.
 */
import type { Theme } from '../journal';
import { narratorLabel } from '../labels';
import { NEXT_THEME } from '../theme';

const THEME_NAMES: Record<Theme, string> = { system: 'Auto', light: 'Light', dark: 'Dark' };

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
}

export function SeedBar(props: SeedBarProps) {
  const next = NEXT_THEME[props.theme];
  return (
    <header class="bar">
      <div class="bar-info">
        <p class="seed">
          <span class="label">Seed</span> <span class="seed-value">{props.seed ?? '...'}</span>
        </p>
        <p class="narrator">Narrated by {narratorLabel(props.narrator)}</p>
      </div>
      <nav class="bar-actions" aria-label="Journey">
        <button type="button" class="quiet" disabled={props.busy} onClick={props.onNewWorld}>
          New world
        </button>
        <button
          type="button"
          class="quiet"
          disabled={props.busy || props.onRestart === undefined}
          onClick={props.onRestart}
        >
          Restart
        </button>
        <button type="button" class="quiet" onClick={props.onJourneys}>
          Journeys
        </button>
        <button
          type="button"
          class="quiet"
          disabled={props.onShare === undefined}
          onClick={props.onShare}
        >
          Share
        </button>
        <button
          type="button"
          class="quiet"
          title={`Switch to ${next === 'system' ? 'the system theme' : next}`}
          onClick={() => {
            props.onTheme(next);
          }}
        >
          Theme: {THEME_NAMES[props.theme]}
        </button>
      </nav>
    </header>
  );
}
