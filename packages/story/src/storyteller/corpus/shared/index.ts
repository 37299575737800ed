/**
 * Narration that fits every setting and genre, gathered into one corpus.
 */
import type { SharedCorpus } from '../types';
import { BOARDING_DILEMMAS } from './boarding';
import { ARRIVALS, INTRODUCTIONS, QUESTIONS } from './companions';
import { APPROACHES, ENDINGS, LAST_WORDS, RECALLING_ENDINGS } from './endings';
import {
  ANIMAL_LINES,
  MOOD_LINES,
  PREMISE_LINES,
  BOARDED_LATE,
  BOARDED_TOGETHER,
  CALLBACKS,
  ECHOES,
  FRAYING,
  REACTIONS,
  STEADY,
  WEATHER,
} from './lines';
import { FOREIGN_PAYOFFS, MOTIF_FOLLOWS, THREADS } from './threads';

export const SHARED_CORPUS: SharedCorpus = {
  introductions: INTRODUCTIONS,
  arrivals: ARRIVALS,
  questions: QUESTIONS,
  boarding: BOARDING_DILEMMAS,
  threads: THREADS,
  payoffs: FOREIGN_PAYOFFS,
  motifFollows: MOTIF_FOLLOWS,
  approaches: APPROACHES,
  fraying: FRAYING,
  steady: STEADY,
  echoes: ECHOES,
  animal: ANIMAL_LINES,
  mood: MOOD_LINES,
  premise: PREMISE_LINES,
  boardedTogether: BOARDED_TOGETHER,
  boardedLate: BOARDED_LATE,
  weather: WEATHER,
  callbacks: CALLBACKS,
  reactions: REACTIONS,
  endings: ENDINGS,
  lastWords: LAST_WORDS,
  recallingEndings: RECALLING_ENDINGS,
};
