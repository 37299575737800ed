/**
 * Streaming a beat without ever showing the reader text that is later withdrawn. A beat is two
 * sentences; the first is released as soon as it is complete and stands on its own, and the rest
 * only once the whole beat has passed the rules. From then on the beat must begin with what was
 * shown: a reply is accepted only as its continuation (see `acceptBeat`), a re-ask or the next
 * provider is asked for the continuation, and the built-in storyteller continues from it.
 */
import { countWords, splitSentences, validateBeat } from '@liminal/story';
import { LABEL } from './repair';

/**
 * The longest first sentence shown early: the corpus's own outcomes are at most this long, so
 * the storyteller always has a question or an ending that fits after it.
 */
export const MAX_OPENING_WORDS = 20;

/**
 * True when `sentence` can be shown before the rest of its beat: it would pass the beat rules as
 * a beat of its own with no question (second person, finished, no markup, not told before), it is
 * short enough to leave room for what follows, and nothing in it is a habit that trimming would
 * strip later (a label, or quotes around the whole beat).
 */
export function standsAlone(sentence: string, told: ReadonlySet<string>): boolean {
  return (
    /^\p{Lu}/u.test(sentence) &&
    !LABEL.test(sentence) &&
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
 * complete (the next sentence has begun) and stands alone. A reply whose first sentence does not
 * stand alone is shown whole, once accepted, as if it had not streamed.
 */
export function createFirstSentenceGate(
  told: ReadonlySet<string>,
  show: (sentence: string) => void,
): FirstSentenceGate {
  let shown: string | null = null;
  return {
    watch() {
      let reply = '';
      let decided = shown !== null;
      return (delta) => {
        if (decided) return;
        reply += delta;
        // A sentence is complete once another has begun after it: until then a closing quote
        // or more of an ellipsis may still be on its way.
        const [first, next] = splitSentences(reply);
        if (first === undefined || next === undefined) return;
        decided = true;
        if (standsAlone(first, told)) {
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
