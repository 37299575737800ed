/**
 * How the fake translators "translate": a gloss, not a translation. English's commonest words
 * become the target language's, a question gets the target's marks (Spanish ¿…?, Japanese ？),
 * and Japanese is written in kana made from each word's letters. Deterministic, so a cache's hits
 * can be counted, and enough like the target language for the story's beat rules to accept it.
 */
import type { TargetLanguage } from '../contract';

const WORDS: Readonly<Record<Exclude<TargetLanguage, 'ja'>, Readonly<Record<string, string>>>> = {
  es: {
    the: 'el',
    you: 'tú',
    your: 'tu',
    and: 'y',
    of: 'del',
    to: 'al',
    is: 'es',
    it: 'lo',
    that: 'que',
    with: 'con',
    at: 'en',
    on: 'en',
    for: 'para',
    a: 'una',
    an: 'una',
    in: 'en',
    do: '',
    will: '',
  },
  fr: {
    the: 'le',
    you: 'tu',
    your: 'ton',
    and: 'et',
    of: 'du',
    to: 'au',
    is: 'est',
    it: 'il',
    that: 'que',
    with: 'avec',
    at: 'dans',
    on: 'sur',
    for: 'pour',
    a: 'une',
    an: 'une',
    in: 'dans',
    do: '',
    will: '',
  },
  de: {
    the: 'der',
    you: 'du',
    your: 'dein',
    and: 'und',
    of: 'von',
    to: 'zu',
    is: 'ist',
    it: 'es',
    that: 'dass',
    with: 'mit',
    at: 'an',
    on: 'auf',
    for: 'für',
    a: 'ein',
    an: 'ein',
    in: 'im',
    do: '',
    will: '',
  },
};

const KANA = 'かきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ';

/** A word as one kana, chosen by its letters: Japanese says in a character what English says in a word. */
function kana(word: string): string {
  let sum = 0;
  for (const char of word.toLowerCase()) sum += char.codePointAt(0) ?? 0;
  return KANA.charAt(sum % KANA.length);
}

/** One English sentence, glossed into `to`. */
export function gloss(sentence: string, to: TargetLanguage): string {
  const question = /\?["'\u201D\u2019)]*$/u.test(sentence);
  if (to === 'ja') {
    const words = sentence.match(/\p{L}+/gu) ?? [];
    return `あなたは${words.map(kana).join('')}${question ? 'ますか？' : '。'}`;
  }
  const words = WORDS[to];
  const body = sentence
    .replace(/\p{L}+/gu, (word) => {
      const swapped = words[word.toLowerCase()];
      return swapped === undefined ? word : swapped;
    })
    .replace(/\s{2,}/gu, ' ')
    .replace(/\s+([,.;:?!])/gu, '$1')
    .trim();
  if (!question) return body;
  // Spanish opens the question where it begins: after the last clause break before it.
  if (to === 'es') {
    const at = Math.max(body.lastIndexOf(', '), body.lastIndexOf('; '));
    return at === -1 ? `¿${body}` : `${body.slice(0, at + 2)}¿${body.slice(at + 2)}`;
  }
  // French puts a space before the question mark.
  if (to === 'fr') return body.replace(/\?$/u, ' ?');
  return body;
}
