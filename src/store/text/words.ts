/**
 * Words of a quote as the corpus compares them: lower case, accents removed, split at everything that
 * is not a letter or a digit (so "we'll" is "we" "ll" and "…" or "[the council]" brackets vanish), with
 * digit groups kept whole ("33,847" is "33847"). Search, provenance and the word diff all use these.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const COMBINING_MARK = /\p{M}/u;

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Normalized words of a text, in order. */
export function wordsOf(text: string): string[] {
  const folded = text.normalize('NFKD');
  const words: string[] = [];
  let current = '';
  for (let index = 0; index < folded.length; index++) {
    const code = folded.charCodeAt(index);
    if (code < 128) {
      if (isAsciiLetterOrDigit(code)) {
        current += code <= 90 && code >= 65 ? String.fromCharCode(code + 32) : folded[index]!;
        continue;
      }
      // A separator between two digits belongs to the number: 33,847 and 2.5.
      if ((code === 44 || code === 46) && isDigit(folded.charCodeAt(index - 1)) && isDigit(folded.charCodeAt(index + 1))) continue;
    } else {
      const point = folded.codePointAt(index)!;
      const character = String.fromCodePoint(point);
      if (point > 0xffff) index++;
      if (COMBINING_MARK.test(character)) continue;
      if (LETTER_OR_DIGIT.test(character)) {
        current += character.toLowerCase();
        continue;
      }
    }
    if (current.length > 0) {
      words.push(current);
      current = '';
    }
  }
  if (current.length > 0) words.push(current);
  return words;
}

/** Words that say little about which quote is meant; dropped from queries that have other words. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her him his i if in into is it its ' +
    'll me my no not of on or our ours re s she so t that the their them then there these they this those to us ve was we ' +
    'were what when where which who will with would you your'
  ).split(' '),
);

/** The words of a query worth searching for: without stopwords, unless nothing else is left. */
export function contentWords(words: readonly string[]): string[] {
  const content = words.filter((word) => !STOPWORDS.has(word));
  return content.length > 0 ? content : [...words];
}

/** A light English stem (plural, past and -ing endings), so "strikes" and "striking" meet "strike". */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing') && word.length > 5) return trimDouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4) return trimDouble(word.slice(0, -2));
  if (word.endsWith('es') && word.length > 4 && /(?:ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** "stopp" -> "stop", "plann" -> "plan"; and a dropped final e: "clos" and "close" both give "clos". */
function trimDouble(base: string): string {
  const length = base.length;
  if (length >= 3 && base[length - 1] === base[length - 2] && !'lsz'.includes(base[length - 1]!)) return base.slice(0, -1);
  return base;
}

/** The stem used to compare two words, dropping a final e so "close", "closed" and "closing" agree. */
export function matchKey(word: string): string {
  const stemmed = stem(word);
  return stemmed.length > 3 && stemmed.endsWith('e') ? stemmed.slice(0, -1) : stemmed;
}
