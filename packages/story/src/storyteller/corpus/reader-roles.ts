/**
 * A question for each of the reader's roles, keyed by the role's exact words (see each
 * setting's `roles`): the reader's own life, brought into the night.
 */
import type { RoleCorpus } from './types';

export const READER_ROLE_CORPUS: RoleCorpus = {};
