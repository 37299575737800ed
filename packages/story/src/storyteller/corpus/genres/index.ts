/**
 * Every genre's narration, keyed by genre.
 */
import type { Genre } from '../../../world/ingredients';
import type { GenreCorpus } from '../types';
import { FOLK } from './folk';
import { GHOST } from './ghost';
import { MYSTERY } from './mystery';
import { NOIR } from './noir';
import { SURREAL } from './surreal';

export const GENRE_CORPUS: Readonly<Record<Genre, GenreCorpus>> = {
  mystery: MYSTERY,
  surreal: SURREAL,
  noir: NOIR,
  folk: FOLK,
  ghost: GHOST,
};
