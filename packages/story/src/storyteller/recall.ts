/**
 * Which earlier choice a beat calls back to, if any. A callback connects a question to a choice
 * only when both are about someone still with the reader ("Still thinking of how you let Hana
 * talk to the windows, do you sit with Hana?"), or about the motif when the choice was about
 * someone too ("gave Hana the marble"), and both come from one thread of the story (`threadOf`);
 * before any other question it is glue, so none is told.
 */
import type { Choice } from '../ledger/ledger';
import { ledgerKey, supersededTurns } from '../ledger/ledger';
import { mentionsName } from '../ledger/mentions';
import { namesMotif } from '../world/ingredients';
import { QUESTION_TOKEN } from './storylet';
import type { Telling } from './telling';

/** Who and what a text is about: the companions it names (by index in the world) and the motif. */
type Subjects = number;

/** The subjects as bits: one per companion, and the motif's above them. */
function subjectsOf(telling: Telling, text: string): Subjects {
  const { companions, motif } = telling.world;
  let bits = namesMotif(text, motif) ? 1 << companions.length : 0;
  companions.forEach((companion, index) => {
    if (mentionsName(text, companion.name)) bits |= 1 << index;
  });
  return bits;
}

/** A remembered choice's subjects, worked out once: choices outlive the beats that read them. */
const choiceSubjects = new WeakMap<Choice, Subjects>();

function subjectsOfChoice(telling: Telling, choice: Choice): Subjects {
  let bits = choiceSubjects.get(choice);
  if (bits === undefined) {
    bits = subjectsOf(telling, choice.recall);
    choiceSubjects.set(choice, bits);
  }
  return bits;
}

/** The companions still with the reader, as subject bits, and the motif's bit. */
function presentSubjects(telling: Telling): Subjects {
  let bits = presentOf.get(telling);
  if (bits === undefined) {
    const { companions } = telling.world;
    bits = 1 << companions.length;
    for (const [index, companion] of companions.entries()) {
      if (telling.met.includes(companion)) bits |= 1 << index;
    }
    presentOf.set(telling, bits);
  }
  return bits;
}

const presentOf = new WeakMap<Telling, Subjects>();

/**
 * True when a one-clause question leans on the sentence before it ("will you ask Noor how she
 * came to have it?"): a callback put between them would take the pronoun for its own.
 */
function refersBack(ask: string): boolean {
  return !ask.includes(';') && BACK_REFERENCE.test(ask);
}

const BACK_REFERENCE = /\b(?:it|its|them|they|those|there)\b/u;

/** The callback frames say "Still thinking of how you ...": the question must go on with "you". */
export const YOU_QUESTION = /^(?:Do|Will) you\b/u;

/**
 * The choice a beat that should call back calls back to: the one the plan drew if this question
 * bears on it, else the newest earlier choice that it bears on (three turns back at least, not
 * recalled yet, not a plant a later payoff may have undone); null when none does.
 */
export function recallFor(telling: Telling, ask: string, piece: string): Choice | null {
  const { callback, ledger, turn } = telling.plan;
  if (callback === null || !YOU_QUESTION.test(ask) || refersBack(ask)) return null;
  const thread = threadOf(piece);
  // The reader's own errand is one matter throughout: any choice in it bears on the next
  // ("Still thinking of how you checked your face one last time, will you ...").
  const own = /^reader\d+$/u.test(thread);
  // Elsewhere a question bears on a choice when both are about someone still here (see
  // `bearsOn`): only then does a callback connect them ("Since you let Hana talk to the windows,
  // do you sit with Hana?"); before any other question it is glue.
  const asked = subjectsOf(telling, ask) & presentSubjects(telling);
  if (asked === 0 && !own) return null;
  const connects = (choice: Choice): boolean =>
    threadOf(askedAt(telling, choice.turn) ?? '') === thread &&
    (own || bearsOn(telling, subjectsOfChoice(telling, choice), asked));
  if (connects(callback)) return callback;
  const superseded = supersededTurns(ledger);
  for (let index = ledger.choices.length - 1; index >= 0; index--) {
    const choice = ledger.choices[index];
    if (choice === undefined || choice.turn > turn - 3 || superseded.has(choice.turn)) continue;
    if (telling.keys.has(ledgerKey('recalled', choice.turn))) continue;
    if (connects(choice)) return choice;
  }
  return null;
}

/**
 * The thread a question's piece belongs to: a companion's role ("role20" for "role20.5" and
 * "role20.stopped-clock.yes1"), else the piece and what grows from it ("noir.who-sent" for
 * "noir.who-sent.yes1"). Readers took callbacks across threads as machinery: "Remembering that
 * you left Bram to the homework, will you take a small iron key he is holding out to you?"
 */
export function threadOf(piece: string): string {
  const [first = '', second = ''] = piece.split('.', 2);
  return /^(?:role|reader)\d+$/u.test(first) ? first : `${first}.${second}`;
}

/** The piece of the question asked at `turn`, from the source its beat records. */
function askedAt(telling: Telling, turn: number): string | undefined {
  const source = telling.state.beats[turn - 1]?.source ?? '';
  const at = source.indexOf(QUESTION_TOKEN);
  if (at === -1) return undefined;
  const end = source.indexOf(' ', at);
  return source.slice(at + QUESTION_TOKEN.length, end === -1 ? undefined : end);
}

/**
 * True when a question about `asked` bears on a choice about `chosen`: they share someone, or the
 * motif when the choice was about someone as well. The motif alone connects nothing the question
 * does not already say ("Still thinking of how you let the glass marble be, do you set the glass
 * marble rolling" only said it twice).
 */
function bearsOn(telling: Telling, chosen: Subjects, asked: Subjects): boolean {
  const motif = 1 << telling.world.companions.length;
  const shared = chosen & asked;
  return (shared & ~motif) !== 0 || (shared !== 0 && (chosen & ~motif) !== 0);
}
