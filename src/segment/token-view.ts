/**
 * Read helpers over the token table: lower-cased forms (computed once, on demand), capitalization,
 * and offset -> token lookups. Shared by the stages that read tokens; it never changes the table.
 */
import type { TokenTable } from '../model/layers.js';
import { classOfHash } from '../speakers/lexicon/word-classes.js';
import { isUpper } from './chars.js';
import { TOKEN_NUMBER, TOKEN_PUNCTUATION, TOKEN_WORD } from './tokens.js';

export interface TokenView {
  readonly text: string;
  readonly count: number;
  /** Word hashes of the tokens (segment/word-hash.ts). */
  readonly hashes: Int32Array;
  start(index: number): number;
  end(index: number): number;
  sentence(index: number): number;
  isWord(index: number): boolean;
  isNumber(index: number): boolean;
  isPunctuation(index: number): boolean;
  /** The token's text. */
  raw(index: number): string;
  /** The token's text lower-cased; cached. */
  lower(index: number): string;
  /** Bits of the word lists the token may belong to (speakers/lexicon/word-classes.ts), from its hash: a prefilter
   *  that can have false positives, so confirm with the exact word. */
  wordClass(index: number): number;
  /** True when the token's first character is an upper-case letter. */
  isCapitalized(index: number): boolean;
  /** True when the token is the single character `char`. */
  is(index: number, char: string): boolean;
  /** Index of the first token that starts at or after `offset` (count when none). */
  firstAtOrAfter(offset: number): number;
  /** Index of the last token that ends at or before `offset` (-1 when none). */
  lastEndingBy(offset: number): number;
}

const views = new WeakMap<TokenTable, TokenView>();

/** The view of a document's token table, shared by every stage so lower-cased forms are computed once. */
export function tokenViewOf(text: string, tokens: TokenTable): TokenView {
  let view = views.get(tokens);
  if (view === undefined || view.text !== text) {
    view = createTokenView(text, tokens);
    views.set(tokens, view);
  }
  return view;
}

export function createTokenView(text: string, tokens: TokenTable): TokenView {
  const lowered: Array<string | undefined> = new Array(tokens.count);
  const { starts, ends, kinds, sentences, count, hashes } = tokens;
  const view: TokenView = {
    text,
    count,
    hashes,
    start: (index) => starts[index]!,
    end: (index) => ends[index]!,
    sentence: (index) => sentences[index]!,
    isWord: (index) => kinds[index] === TOKEN_WORD,
    isNumber: (index) => kinds[index] === TOKEN_NUMBER,
    isPunctuation: (index) => kinds[index] === TOKEN_PUNCTUATION,
    raw: (index) => text.slice(starts[index]!, ends[index]!),
    lower(index) {
      let value = lowered[index];
      if (value === undefined) {
        const start = starts[index]!;
        const end = ends[index]!;
        let isLower = true;
        for (let cursor = start; cursor < end && isLower; cursor++) {
          const code = text.charCodeAt(cursor);
          isLower = code >= 97 ? code <= 122 : code === 39 || code === 45 || code === 46 || (code >= 48 && code <= 57);
        }
        value = isLower ? text.slice(start, end) : text.slice(start, end).toLowerCase();
        lowered[index] = value;
      }
      return value;
    },
    wordClass: (index) => (kinds[index] === TOKEN_WORD ? classOfHash(hashes[index]!) : 0),
    isCapitalized: (index) => index >= 0 && index < count && kinds[index] === TOKEN_WORD && isUpper(text.charCodeAt(starts[index]!)),
    is: (index, char) =>
      index >= 0 && index < count && ends[index]! - starts[index]! === char.length && text.startsWith(char, starts[index]!),
    firstAtOrAfter(offset) {
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (starts[middle]! < offset) low = middle + 1;
        else high = middle;
      }
      return low;
    },
    lastEndingBy(offset) {
      let low = 0;
      let high = count;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (ends[middle]! <= offset) low = middle + 1;
        else high = middle;
      }
      return low - 1;
    },
  };
  return view;
}

export { TOKEN_NUMBER, TOKEN_PUNCTUATION, TOKEN_WORD };
