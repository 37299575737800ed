/**
 * A storyteller question opened by a lead-in clause ("As the bus leans into the bend, do you
 * ask Mara where it goes?") is a lead-in and a question the storyteller put together; each recurs
 * with many others, the pair rarely. Translated and cached apart, each serves every sentence it
 * is part of, and the two are joined again as the target language joins them (Spanish opens the
 * question after the comma: "Mientras..., ¿le preguntas...?").
 */
import type { TargetLanguage } from './contract';

/** The auxiliaries a storyteller question starts with (as the storyteller's own test). */
const AUXILIARY = '(?:do|does|will|would|is|are|can|could|should|shall|have|has|may|might)';

/**
 * A statement and the question after its semicolon ("Mara waves; do you wave back?"): the
 * question ("do you ask why?") recurs after many statements.
 */
const STATEMENT_AND_QUESTION = new RegExp(
  `^(?<lead>[A-Z][^;]*); (?<question>${AUXILIARY} [^;]*\\?)$`,
  'u',
);

/**
 * A lead-in clause and the question it opens, split at the first comma before an auxiliary: the
 * question may hold commas of its own ("do you offer her a mint, to take the smoke away?").
 */
const LEAD_AND_QUESTION = new RegExp(
  `^(?<lead>[A-Z].*?), (?<question>${AUXILIARY} [^;]*\\?)$`,
  'u',
);

/** A question that opens with its auxiliary has no lead-in ("Do you press the bell, will you?"). */
const OPENS_AS_QUESTION = new RegExp(`^${AUXILIARY}\\b`, 'iu');

/** How the two parts of a sentence were joined: a lead-in's comma, or a statement's semicolon. */
export type Joint = 'lead' | 'statement';

/**
 * The lead-in (or statement) and the question of a sentence, the question capitalised; null for
 * any other sentence.
 */
export function splitLead(
  sentence: string,
): { lead: string; question: string; joint: Joint } | null {
  const statement = STATEMENT_AND_QUESTION.exec(sentence)?.groups;
  const led = statement === undefined ? LEAD_AND_QUESTION.exec(sentence)?.groups : undefined;
  const parts = statement ?? led;
  const lead = parts?.['lead'];
  const question = parts?.['question'];
  if (lead === undefined || question === undefined || OPENS_AS_QUESTION.test(lead)) return null;
  return {
    lead,
    question: question.charAt(0).toUpperCase() + question.slice(1),
    joint: statement === undefined ? 'lead' : 'statement',
  };
}

/** The question's first letter lowered, after an opening ¿ if it has one. */
function lowerFirst(question: string): string {
  const at = question.startsWith('¿') ? 1 : 0;
  return question.slice(0, at) + question.charAt(at).toLowerCase() + question.slice(at + 1);
}

/**
 * A translated lead-in (or statement) and question joined as one sentence of `to`: after a comma
 * or a semicolon as the English was (French sets a space before the semicolon), and in Japanese
 * after 、 either way, so the beat keeps its count of sentences.
 */
export function joinLead(
  lead: string,
  question: string,
  to: TargetLanguage,
  joint: Joint = 'lead',
): string {
  // A translator may close a clause given alone as if it were a sentence.
  const clause = lead.replace(/[\s.,;:。、]+$/u, '');
  if (to === 'ja') return `${clause}、${question}`;
  const mark = joint === 'lead' ? ',' : to === 'fr' ? ' ;' : ';';
  // German nouns keep their capitals: only a question opening with its verb ("Fragst du",
  // "Bist du": the informal second person ends in -st) is lowered.
  if (to === 'de' && !/^\p{Lu}\p{Ll}*st\b/u.test(question)) return `${clause}${mark} ${question}`;
  return `${clause}${mark} ${lowerFirst(question)}`;
}

/**
 * A comma and "and" or "but" before a clause with a subject of its own: "the", "a", "you",
 * "your", "someone" or a name ("and the conductor hands you", "but Mara says"). Not "and walked out" or
 * "and it leaves", whose subject (and its gender, in French or German) belongs to the first
 * clause.
 */
const CLAUSE_JOINT =
  /, (?:and|but) (?=(?:the|a|an|you|your|someone|somebody|everyone|nobody) |\p{Lu})/u;

/**
 * A lead-in before a statement ("While Rook, who boarded after you, sits nearby, the night is
 * running backwards"): split where the statement's own subject begins, only one that lowers
 * safely when joined again (not a name).
 */
const LEAD_CLAUSE = /^(?:As|While|With|When) [^;]*?(?=, (?:the|you|someone|everyone|nobody) )/u;

/**
 * The same before a subject of "a", "an" or "this" ("With Jules settling in a little way off, a
 * brass key hangs from a hook"), where neither an appositive ("When Hana, a kind nurse, sits
 * down", "When the conductor, a tall woman, sits down": after a name or a noun with its article)
 * nor an adverb ("he asks, a little shyly", "this time on purpose") opens it, and no clause of
 * the lead-in's own has begun ("With Jules settling in, he asks, a little shyly").
 */
const LEAD_CLAUSE_BEFORE_ARTICLE = new RegExp(
  `^(?:As|While|With|When) (?:(?!, (?:he|she|they|it|you|we|I) )[^;])*?(?<!\\p{Lu}\\p{Ll}*|\\b(?:the|a|an|The) \\p{L}+)(?=, (?:a|an|this) (?!(?:little|time|moment|while|bit|minute|hour|second)\\b))`,
  'u',
);

/**
 * A statement of two clauses, each with its own subject, joined by "and" or "but" ("The lift
 * arrives with a soft ping, and the conductor hands you an envelope"): the storyteller puts the
 * vessel's arrival and the dilemma it brings together, each of which recurs with many others.
 * Split after a lead-in (above), else at the first such comma, each part three words at least;
 * null for any other statement.
 */
export function splitClause(statement: string): { first: string; second: string } | null {
  const at =
    (LEAD_CLAUSE.exec(statement) ?? LEAD_CLAUSE_BEFORE_ARTICLE.exec(statement))?.[0].length ??
    CLAUSE_JOINT.exec(statement)?.index;
  if (at === undefined) return null;
  const first = statement.slice(0, at);
  const second = statement.slice(at + 2);
  if (first.split(' ').length < 3 || second.split(' ').length < 3) return null;
  return { first, second: second.charAt(0).toUpperCase() + second.slice(1) };
}

/** Two translated clauses joined again as one statement (not for Japanese: see translation.ts). */
export function joinClause(first: string, second: string): string {
  return `${first.replace(/[\s.,;:]+$/u, '')}, ${lowerFirst(second)}`;
}
