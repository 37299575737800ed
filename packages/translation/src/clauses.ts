/**
 * A storyteller question opened by a lead-in clause ("As the bus leans into the bend, do you
 * ask Mara where it goes?") is a lead-in and a question the storyteller put together; each recurs
 * with many others, the pair rarely. Translated and cached apart, each serves every sentence it
 * is part of, and the two are joined again as the target language joins them (Spanish opens the
 * question after the comma: "Mientras..., ¿le preguntas...?").
 */
import type { TargetLanguage } from './contract';

/** The auxiliaries a question a lead-in may open starts with (as the storyteller's own test). */
const LEAD_AND_QUESTION =
  /^(?<lead>[A-Z].*), (?<question>(?:do|does|will|would|is|are|can|could|should|shall|have|has|may|might) [^,]*\?)$/u;

/** The lead-in and the question of a sentence, the question capitalised; null for any other. */
export function splitLead(sentence: string): { lead: string; question: string } | null {
  const parts = LEAD_AND_QUESTION.exec(sentence)?.groups;
  const lead = parts?.['lead'];
  const question = parts?.['question'];
  if (lead === undefined || question === undefined) return null;
  return { lead, question: question.charAt(0).toUpperCase() + question.slice(1) };
}

/** The question's first letter lowered, after an opening ¿ if it has one. */
function lowerFirst(question: string): string {
  const at = question.startsWith('¿') ? 1 : 0;
  return question.slice(0, at) + question.charAt(at).toLowerCase() + question.slice(at + 1);
}

/** A translated lead-in and question joined as one sentence of `to`. */
export function joinLead(lead: string, question: string, to: TargetLanguage): string {
  // A translator may close a clause given alone as if it were a sentence.
  const clause = lead.replace(/[\s.,;:。、]+$/u, '');
  if (to === 'ja') return `${clause}、${question}`;
  // German nouns keep their capitals: only a question opening with its verb ("Fragst du",
  // "Bist du": the informal second person ends in -st) is lowered.
  if (to === 'de' && !/^\p{Lu}\p{Ll}*st\b/u.test(question)) return `${clause}, ${question}`;
  return `${clause}, ${lowerFirst(question)}`;
}
