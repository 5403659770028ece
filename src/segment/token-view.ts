/**
 * Read helpers over the token table: lower-cased forms (computed once, on demand), capitalization,
 * and offset -> token lookups. Shared by the stages that read tokens; it never changes the table.
 */
import type { TokenTable } from '../model/layers.js';
import { CAPITALIZED, LEXICON_BITS, wordClassBits } from './token-classes.js';
import { TOKEN_NUMBER, TOKEN_PUNCTUATION, TOKEN_WORD } from './tokens.js';
import { LastEntryCache } from '../pipeline/last-entry-cache.js';

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
  /** The code of a token that is one UTF-16 code unit ("." or "—"), else -1 (also outside the tokens): one read for a set of marks. */
  singleChar(index: number): number;
  /** `lower(index).endsWith(suffix)` for a lower-case suffix, read from the text without a string (a non-ASCII character in the token falls back to the string). */
  endsWith(index: number, suffix: string): boolean;
  /** `lower(index) === word` for a lower-case ASCII word, read from the text without a string; false outside the tokens. */
  matches(index: number, word: string): boolean;
  /** Index of the first token that starts at or after `offset` (count when none). */
  firstAtOrAfter(offset: number): number;
  /** Index of the last token that ends at or before `offset` (-1 when none). */
  lastEndingBy(offset: number): number;
}

const views = new LastEntryCache<TokenTable, TokenView>();

/** The view of a document's token table, shared by every stage so lower-cased forms are computed once. */
export function tokenViewOf(text: string, tokens: TokenTable): TokenView {
  let view = views.get(tokens);
  if (view === undefined || view.text !== text) {
    view = createTokenView(text, tokens);
    views.set(tokens, view);
  }
  return view;
}

/**
 * A class rather than an object of closures: every stage calls these per token, and prototype methods
 * keep the call sites monomorphic across documents so the engine inlines them.
 */
class TableView implements TokenView {
  readonly text: string;
  readonly count: number;
  readonly hashes: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly kinds: Uint8Array;
  private readonly sentences: Int32Array;
  private readonly lowered: Array<string | undefined>;
  /** Word-class bits and the CAPITALIZED flag per token, the tokenizer's (or made with the view): every document asks
   *  for them, and a lazy check in the accessors made them too big for the engine to inline at their many call sites. */
  private readonly classes: Int32Array;
  private firstByBucket: Int32Array | undefined;

  constructor(text: string, tokens: TokenTable) {
    this.text = text;
    this.count = tokens.count;
    this.hashes = tokens.hashes;
    this.starts = tokens.starts;
    this.ends = tokens.ends;
    this.kinds = tokens.kinds;
    this.sentences = tokens.sentences;
    this.lowered = new Array(tokens.count);
    this.classes = tokens.classes ?? this.classifyAll();
  }

  start(index: number): number {
    return this.starts[index]!;
  }

  end(index: number): number {
    return this.ends[index]!;
  }

  sentence(index: number): number {
    return this.sentences[index]!;
  }

  isWord(index: number): boolean {
    return this.kinds[index] === TOKEN_WORD;
  }

  isNumber(index: number): boolean {
    return this.kinds[index] === TOKEN_NUMBER;
  }

  isPunctuation(index: number): boolean {
    return this.kinds[index] === TOKEN_PUNCTUATION;
  }

  raw(index: number): string {
    return this.text.slice(this.starts[index]!, this.ends[index]!);
  }

  lower(index: number): string {
    let value = this.lowered[index];
    if (value === undefined) {
      const { text } = this;
      const start = this.starts[index]!;
      const end = this.ends[index]!;
      let isLower = true;
      for (let cursor = start; cursor < end && isLower; cursor++) {
        const code = text.charCodeAt(cursor);
        isLower = code >= 97 ? code <= 122 : code === 39 || code === 45 || code === 46 || (code >= 48 && code <= 57);
      }
      value = isLower ? text.slice(start, end) : text.slice(start, end).toLowerCase();
      this.lowered[index] = value;
    }
    return value;
  }

  wordClass(index: number): number {
    return this.classes[index]! & LEXICON_BITS;
  }

  /** Word-class bits of every word, and the CAPITALIZED flag, for a token table that came without them. */
  private classifyAll(): Int32Array {
    const { count, kinds, hashes, starts, text } = this;
    const classes = new Int32Array(count);
    for (let index = 0; index < count; index++) {
      if (kinds[index] === TOKEN_WORD) classes[index] = wordClassBits(hashes[index]!, text.charCodeAt(starts[index]!));
    }
    return classes;
  }

  isCapitalized(index: number): boolean {
    // asked of nearly every token by several stages: one table read instead of a character test
    return index >= 0 && index < this.count && (this.classes[index]! & CAPITALIZED) !== 0;
  }

  is(index: number, char: string): boolean {
    if (index < 0 || index >= this.count) return false;
    const start = this.starts[index]!;
    if (this.ends[index]! - start !== char.length) return false;
    return char.length === 1 ? this.text.charCodeAt(start) === char.charCodeAt(0) : this.text.startsWith(char, start);
  }

  singleChar(index: number): number {
    if (index < 0 || index >= this.count) return -1;
    const start = this.starts[index]!;
    return this.ends[index]! - start === 1 ? this.text.charCodeAt(start) : -1;
  }

  endsWith(index: number, suffix: string): boolean {
    const end = this.ends[index]!;
    const start = end - suffix.length;
    if (start < this.starts[index]!) return false;
    for (let offset = 0; offset < suffix.length; offset++) {
      let code = this.text.charCodeAt(start + offset);
      // a non-ASCII letter may lower-case to ASCII (the Kelvin sign): the string answers exactly
      if (code >= 128) return this.lower(index).endsWith(suffix);
      if (code >= 65 && code <= 90) code |= 0x20;
      if (code !== suffix.charCodeAt(offset)) return false;
    }
    return true;
  }

  matches(index: number, word: string): boolean {
    if (index < 0 || index >= this.count) return false;
    const cached = this.lowered[index];
    if (cached !== undefined) return cached === word;
    const start = this.starts[index]!;
    if (this.ends[index]! - start !== word.length) {
      // a non-ASCII letter can lower-case to a different length ("İ"): only the string can tell
      for (let cursor = start; cursor < this.ends[index]!; cursor++)
        if (this.text.charCodeAt(cursor) >= 128) return this.lower(index) === word;
      return false;
    }
    for (let offset = 0; offset < word.length; offset++) {
      let code = this.text.charCodeAt(start + offset);
      if (code >= 128) return this.lower(index) === word;
      if (code >= 65 && code <= 90) code |= 0x20;
      if (code !== word.charCodeAt(offset)) return false;
    }
    return true;
  }

  firstAtOrAfter(offset: number): number {
    if (offset <= 0) return 0;
    const bucket = offset >>> BUCKET_BITS;
    const firstInBucket = (this.firstByBucket ??= this.indexBuckets());
    if (bucket >= firstInBucket.length) return this.count;
    // tokens are ordered and apart: from the first token of the bucket, a few steps at most
    const { starts, count } = this;
    let index = firstInBucket[bucket]!;
    while (index < count && starts[index]! < offset) index++;
    return index;
  }

  lastEndingBy(offset: number): number {
    // tokens do not overlap: only the token before the first one starting at or after `offset` can hold it
    const next = this.firstAtOrAfter(offset);
    return next > 0 && this.ends[next - 1]! > offset ? next - 2 : next - 1;
  }

  /**
   * Per bucket of 2^BUCKET_BITS characters, the first token starting in it or after: offset -> token in a table
   * read and a step or two. The stages ask this some 60 times per 100 tokens, and a binary search per question
   * cost about 5 % of the engine's time. A quarter of a byte per character of text.
   */
  private indexBuckets(): Int32Array {
    const { starts, count } = this;
    const buckets = new Int32Array((this.text.length >>> BUCKET_BITS) + 1);
    let index = 0;
    for (let bucket = 0; bucket < buckets.length; bucket++) {
      const bucketStart = bucket << BUCKET_BITS;
      while (index < count && starts[index]! < bucketStart) index++;
      buckets[bucket] = index;
    }
    return buckets;
  }
}

/** Characters per bucket of the offset index (16: three or four tokens of news text). */
const BUCKET_BITS = 4;

export function createTokenView(text: string, tokens: TokenTable): TokenView {
  return new TableView(text, tokens);
}

export { TOKEN_NUMBER, TOKEN_PUNCTUATION, TOKEN_WORD };
