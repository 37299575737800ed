/**
 * The lexicon of story objects: things that can enter a story, be held, given or lost, and so
 * must not be mentioned before they exist. Each has the words that mention it, how to name it
 * for an AI narrator, and whether the reader's own one is a premise of every journey ("your
 * ticket" needs no introduction; "the ticket" someone dropped does).
 *
 * The corpus check and the story report find mentions with these words; a piece that mentions
 * an object must require it or introduce it.
 */

export interface LexiconEntry {
  id: string;
  /** How an AI narrator is told of it: "a ticket stamped with tomorrow's date". */
  noun: string;
  /** Whole words or phrases that mention it, singular; a plural "s" is accepted too. */
  words: readonly string[];
  /** True when "your X" is the reader's own, which every journey has. */
  premise?: boolean;
  /** Words that, following a mention, make it a fixture of the place instead ("ticket booth"). */
  fixtures?: readonly string[];
}

export const LEXICON: readonly LexiconEntry[] = [
  { id: 'motif', noun: 'the motif', words: [] },
  {
    id: 'ticket',
    noun: 'a stray ticket',
    words: ['ticket'],
    premise: true,
    fixtures: ['booth', 'punch', 'office', 'machine', 'inspector', 'barrier', 'hall'],
  },
  { id: 'note', noun: 'a folded note', words: ['folded note', 'the note'] },
  { id: 'notebook', noun: 'a small black notebook', words: ['notebook'] },
  { id: 'label', noun: 'a torn luggage label', words: ['label'] },
  { id: 'letter', noun: 'a letter with the reader’s name on it', words: ['letter'] },
  { id: 'key', noun: 'a key', words: ['key'] },
  { id: 'envelope', noun: 'an envelope', words: ['envelope'] },
  { id: 'map', noun: 'a free road map', words: ['road map', 'free map'] },
  { id: 'coin', noun: 'a coin', words: ['coin'] },
  { id: 'umbrella', noun: 'an umbrella', words: ['umbrella'] },
  { id: 'gun', noun: 'a gun', words: ['gun'] },
  { id: 'nail', noun: 'an old iron nail', words: ['iron nail'] },
  { id: 'sprig', noun: 'a sprig of hawthorn', words: ['hawthorn'] },
];

const byId = new Map(LEXICON.map((entry) => [entry.id, entry]));

/** The lexicon entry for an object id, if it has one. */
export function lexiconEntry(id: string): LexiconEntry | undefined {
  return byId.get(id);
}

interface CompiledEntry {
  entry: LexiconEntry;
  pattern: RegExp;
  yours: RegExp | null;
}

const compiled: CompiledEntry[] = LEXICON.filter((entry) => entry.words.length > 0).map((entry) => {
  const words = entry.words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
  const fixtures = entry.fixtures === undefined ? '' : `(?! (?:${entry.fixtures.join('|')}))`;
  return {
    entry,
    pattern: new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${words})(?:s|es)?(?![\\p{L}\\p{N}])${fixtures}`,
      'giu',
    ),
    yours: entry.premise === true ? new RegExp(`\\byour (?:own )?(?:[a-z]+ )?$`, 'iu') : null,
  };
});

/**
 * The object ids a text mentions. A premise object mentioned as "your X" does not count: it is
 * the reader's own.
 */
export function mentionedObjects(text: string): Set<string> {
  const found = new Set<string>();
  for (const { entry, pattern, yours } of compiled) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (yours !== null && yours.test(text.slice(Math.max(0, match.index - 24), match.index)))
        continue;
      found.add(entry.id);
      break;
    }
  }
  return found;
}
