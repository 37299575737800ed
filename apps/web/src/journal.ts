/**
 * The reader's own copy of their journeys, in localStorage: a reload, a dropped connection or a
 * server that lost its data never loses a journey (it can be rebuilt from its replay token).
 */
import type { Journey } from './api';
import { isLanguage } from './i18n/i18n';

const JOURNEYS_KEY = 'liminal.journeys';
const CURRENT_KEY = 'liminal.current';
const THEME_KEY = 'liminal.theme';
const LANGUAGE_KEY = 'liminal.language';
const KEEP = 30;

function read<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

function write(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled (private mode): the server copy still holds the journey.
  }
}

/**
 * A journey as an earlier version of the app may have saved it: fields added since (variants,
 * retold, createdAt, the world's settingKey) get their defaults, and anything without an id,
 * seed and beats is dropped.
 */
function fromSaved(value: unknown): Journey | null {
  if (typeof value !== 'object' || value === null) return null;
  const saved = value as Partial<Journey>;
  if (
    typeof saved.id !== 'string' ||
    typeof saved.seed !== 'string' ||
    !Array.isArray(saved.beats) ||
    typeof saved.updatedAt !== 'string'
  ) {
    return null;
  }
  // Saved before the view carried the setting's key: its name gives it ("Night bus": night-bus).
  const world = saved.world as Partial<Journey['world']> | undefined;
  const settingKey = world?.settingKey ?? world?.setting?.toLowerCase().replace(/\s+/gu, '-') ?? '';
  return {
    ...(saved as Journey),
    ...(world === undefined ? {} : { world: { ...(world as Journey['world']), settingKey } }),
    variants: saved.variants ?? {},
    retold: saved.retold ?? false,
    // Saved before stories could be read in other languages (or garbled): English.
    language: isLanguage(saved.language) ? saved.language : 'en',
    beats: saved.beats
      .filter(
        (beat: unknown): beat is Journey['beats'][number] =>
          typeof beat === 'object' && beat !== null,
      )
      .map((beat) => ({ ...beat, language: isLanguage(beat.language) ? beat.language : 'en' })),
    createdAt: saved.createdAt ?? saved.updatedAt,
  };
}

export function savedJourneys(): Journey[] {
  const saved = read<unknown>(JOURNEYS_KEY, []);
  if (!Array.isArray(saved)) return [];
  return saved.map(fromSaved).filter((journey): journey is Journey => journey !== null);
}

export function saveJourney(journey: Journey): void {
  const others = savedJourneys().filter((saved) => saved.id !== journey.id);
  write(JOURNEYS_KEY, [journey, ...others].slice(0, KEEP));
  write(CURRENT_KEY, journey.id);
}

export function currentJourney(): Journey | undefined {
  const id = read<string | null>(CURRENT_KEY, null);
  return savedJourneys().find((journey) => journey.id === id);
}

export type Theme = 'system' | 'light' | 'dark';

export function savedTheme(): Theme {
  const theme = read<Theme>(THEME_KEY, 'system');
  return theme === 'light' || theme === 'dark' ? theme : 'system';
}

export function saveTheme(theme: Theme): void {
  write(THEME_KEY, theme);
}

/** The language the reader chose, if they chose one. */
export function savedLanguage(): string | null {
  return read<string | null>(LANGUAGE_KEY, null);
}

export function saveLanguage(language: string): void {
  write(LANGUAGE_KEY, language);
}
