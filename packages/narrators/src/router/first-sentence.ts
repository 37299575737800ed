/**
 * Streaming a beat without the router ever showing the reader text that it later withdraws. A
 * beat is one or two sentences; the first of two is released as soon as it is complete and stands
 * on its own, and the rest only once the whole beat has passed the rules. From then on the beat
 * must begin with what was shown: a reply is accepted only as its continuation (see `acceptBeat`),
 * a re-ask or the next provider is asked for the continuation, and the built-in storyteller
 * continues from it (the gate shows nothing the storyteller could not continue).
 */
import { countWords, splitSentences, validateBeat } from '@liminal/story';
import { LABEL } from './repair';

/**
 * The longest first sentence shown early: the corpus's own outcomes are at most this long, so
 * the storyteller always has a question or an ending that fits after it.
 */
export const MAX_OPENING_WORDS = 20;

/** A sentence that may be a fragment: it ends on an abbreviation or a number ("Mr.", "3."). */
const MAYBE_CUT = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Mt|No)|\d)\.$/u;

/**
 * True when `sentence` can be shown before the rest of its beat: it would pass the beat rules as
 * a beat of its own with no question (second person, finished, no markup, not told before), it is
 * short enough to leave room for what follows, it is not a model's habit a reader should not see
 * (a label, quotes around the whole beat), and it does not end where a sentence may only seem to
 * (an abbreviation, a number).
 */
export function standsAlone(sentence: string, told: ReadonlySet<string>): boolean {
  return (
    /^\p{Lu}/u.test(sentence) &&
    !LABEL.test(sentence) &&
    !MAYBE_CUT.test(sentence) &&
    countWords(sentence) <= MAX_OPENING_WORDS &&
    validateBeat(sentence, 'ending', told).ok
  );
}

export interface FirstSentenceGate {
  /**
   * Starts watching a new streamed reply: returns where its pieces go. A reply after one whose
   * first sentence was shown is not watched: it is asked for the continuation.
   */
  watch(): (delta: string) => void;
  /** The sentence shown so far, or null. */
  readonly shown: string | null;
}

/**
 * For one beat: calls `show` once with the first sentence of a streamed reply when that is
 * complete (the next sentence has begun), stands alone and `canContinue` (the storyteller, the
 * last resort, can finish a beat from it). A reply whose first sentence is not shown is shown
 * whole, once accepted, as if it had not streamed.
 */
export function createFirstSentenceGate(
  told: ReadonlySet<string>,
  show: (sentence: string) => void,
  canContinue: (sentence: string) => boolean = () => true,
): FirstSentenceGate {
  let shown: string | null = null;
  return {
    watch() {
      let reply = '';
      let decided = false;
      return (delta) => {
        // Shown already: by this reply, or by one before it whose call has not yet settled.
        if (decided || shown !== null) return;
        reply += delta;
        // A sentence is complete once another has begun after it: until then a closing quote
        // or more of an ellipsis may still be on its way.
        const [first, next] = splitSentences(reply);
        if (first === undefined || next === undefined) return;
        decided = true;
        if (standsAlone(first, told) && canContinue(first)) {
          shown = first;
          show(first);
        }
      };
    },
    get shown() {
      return shown;
    },
  };
}
