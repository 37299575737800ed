/**
 * The reader's language: which one the screen speaks, and its words. English is part of the
 * app; each other catalogue is its own small file, fetched only when a reader chooses it.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Language } from '@liminal/contract';
import type { Messages } from './en';
import { EN } from './en';

export type { Messages };
export type { Language };

export const LANGUAGE_CODES: readonly Language[] = ['en', 'es', 'fr', 'de', 'ja'];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGE_CODES as readonly string[]).includes(value);
}

const CATALOGUES: Record<Exclude<Language, 'en'>, () => Promise<{ messages: Messages }>> = {
  es: () => import('./es'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  ja: () => import('./ja'),
};

/** The screen's words in `language`, and theirs: English when its catalogue cannot be fetched. */
export async function loadMessages(
  language: Language,
): Promise<{ language: Language; messages: Messages }> {
  if (language === 'en') return { language, messages: EN };
  try {
    return { language, messages: (await CATALOGUES[language]()).messages };
  } catch {
    return { language: 'en', messages: EN };
  }
}

/** The browser's own language, when it is one the story can be read in. */
export function browserLanguage(): Language {
  const code = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return isLanguage(code) ? code : 'en';
}

export const MessagesContext = createContext<Messages>(EN);

export function useMessages(): Messages {
  return useContext(MessagesContext);
}
