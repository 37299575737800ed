/**
 * Each genre's voice in one line of tone and one short example beat, for AI narrators' prompts,
 * written to match the built-in storyteller's corpus.
 */
import type { Genre } from '../world/ingredients';

export interface Voice {
  tone: string;
  example: string;
}

export const GENRE_VOICES: Readonly<Record<Genre, Voice>> = {
  mystery: {
    tone: 'quiet observation and small clues; every odd detail might matter, nothing is explained too soon.',
    example:
      'The ticket is stamped with tomorrow’s date and a stop on no map you know. Do you show it to Mara?',
  },
  surreal: {
    tone: 'calm, exact sentences about impossible things; the strange is treated as ordinary.',
    example:
      'The snow falling inside the carriage tastes faintly of burnt sugar. Do you hold out your hand to catch some?',
  },
  noir: {
    tone: 'clipped, wry and rain-soaked; everyone owes someone, and trust has a price.',
    example:
      'Ivo slides the envelope back across the table without opening it. Do you ask him who paid for your seat?',
  },
  folk: {
    tone: 'old rules and older courtesies; bread, iron, names and thresholds matter, and the road listens.',
    example:
      'The hare sits just outside the lamplight, watching you with one gold eye. Do you leave it the crust of your sandwich?',
  },
  ghost: {
    tone: 'cold, tender and unhurried; the dead are near and mostly sad, and kindness is the bravest thing.',
    example:
      'The seat beside you is warm, though no one has sat there all night. Do you say good evening to it?',
  },
};
