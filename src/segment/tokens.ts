/**
 * segment/tokens: splits sentences into word, number, punctuation and symbol tokens.
 * Reads: sentences. Writes: tokens (column-wise, see TokenTable).
 * Rules: a word is a run of letters, marks and digits, which may hold an apostrophe, hyphen or period
 * between two word characters (don't, O’Brien, well-known, U.S); a number is a run of digits with
 * inner "," or "."; every other non-space character is a token of its own. Apostrophes at a word's
 * edge are left as tokens: they may be quotation marks (segment/quote-marks decides).
 */
import { z } from 'zod';
import type { Sentence, TokenTable } from '../model/layers.js';
import { defineStage } from '../pipeline/stage.js';
import { CharClass, charClass, isApostrophe } from './chars.js';
import { FNV_OFFSET, hashStep } from './word-hash.js';
import { wordClassBits } from './token-classes.js';

export const TOKEN_WORD = 0;
export const TOKEN_NUMBER = 1;
export const TOKEN_PUNCTUATION = 2;
export const TOKEN_SYMBOL = 3;

function isJoiner(code: number): boolean {
  return isApostrophe(code) || code === 0x2d || code === 0x2e || code === 0x2010 || code === 0x2011 || code === 0x26;
}

/** Growable token columns; a class, so the tokenizer's writes are plain field accesses the engine inlines. */
class TokenColumns {
  count = 0;
  starts!: Int32Array;
  ends!: Int32Array;
  kinds!: Uint8Array;
  sentences!: Int32Array;
  hashes!: Int32Array;
  classes!: Int32Array;

  constructor(capacity: number) {
    this.allocate(capacity);
  }

  private allocate(capacity: number): void {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.kinds = new Uint8Array(capacity);
    this.sentences = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.classes = new Int32Array(capacity);
  }

  push(start: number, end: number, kind: number, sentence: number, hash: number, classes: number): void {
    const count = this.count;
    if (count === this.starts.length) this.grow();
    this.starts[count] = start;
    this.ends[count] = end;
    this.kinds[count] = kind;
    this.sentences[count] = sentence;
    this.hashes[count] = hash;
    this.classes[count] = classes;
    this.count = count + 1;
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    const kinds = new Uint8Array(capacity);
    const sentences = new Int32Array(capacity);
    const hashes = new Int32Array(capacity);
    const classes = new Int32Array(capacity);
    starts.set(this.starts);
    ends.set(this.ends);
    kinds.set(this.kinds);
    sentences.set(this.sentences);
    hashes.set(this.hashes);
    classes.set(this.classes);
    this.starts = starts;
    this.ends = ends;
    this.kinds = kinds;
    this.sentences = sentences;
    this.hashes = hashes;
    this.classes = classes;
  }

  /**
   * The table, copied out of the growable columns into one exactly sized ArrayBuffer: one allocation
   * outside the heap instead of six (each column its own), and no unused capacity kept with the document.
   */
  table(): TokenTable {
    const { count } = this;
    const buffer = new ArrayBuffer(count * 21);
    const starts = new Int32Array(buffer, 0, count);
    const ends = new Int32Array(buffer, count * 4, count);
    const sentences = new Int32Array(buffer, count * 8, count);
    const hashes = new Int32Array(buffer, count * 12, count);
    const classes = new Int32Array(buffer, count * 16, count);
    const kinds = new Uint8Array(buffer, count * 20, count);
    starts.set(this.starts.subarray(0, count));
    ends.set(this.ends.subarray(0, count));
    sentences.set(this.sentences.subarray(0, count));
    hashes.set(this.hashes.subarray(0, count));
    kinds.set(this.kinds.subarray(0, count));
    classes.set(this.classes.subarray(0, count));
    return { count, starts, ends, kinds, sentences, hashes, classes };
  }

  /** Empties the columns for the next document, keeping their capacity (a huge one is let go). */
  reset(expected: number): void {
    this.count = 0;
    if (this.starts.length > LARGE_CAPACITY && expected < this.starts.length >>> 4) this.allocate(Math.max(16, expected));
  }
}

/** Tokens above which idle columns are shrunk (some 5 MB of text). */
const LARGE_CAPACITY = 1 << 20;

/** The tokenizer's working columns, reused from document to document (tokenize is not re-entered). */
const COLUMNS = new TokenColumns(4096);

export function tokenize(text: string, sentences: readonly Sentence[]): TokenTable {
  const columns = COLUMNS;
  // about one token per five characters of news text
  columns.reset((text.length >>> 2) + 16);

  for (let sentenceIndex = 0; sentenceIndex < sentences.length; sentenceIndex++) {
    const { start: sentenceStart, end: sentenceEnd } = sentences[sentenceIndex]!;
    let index = sentenceStart;
    while (index < sentenceEnd) {
      const code = text.charCodeAt(index);
      if (code === 32) {
        index++;
        continue;
      }
      const kind = charClass(code);
      if (kind === CharClass.Space || kind === CharClass.Newline) {
        index++;
        continue;
      }
      if (kind === CharClass.Letter || kind === CharClass.Digit || kind === CharClass.Mark) {
        let end = index + 1;
        let hasLetter = kind === CharClass.Letter;
        let hash = hashStep(FNV_OFFSET, code);
        while (end < sentenceEnd) {
          const nextCode = text.charCodeAt(end);
          // ASCII letters and digits inline: most of a news text
          if ((nextCode >= 97 && nextCode <= 122) || (nextCode >= 65 && nextCode <= 90)) {
            hasLetter = true;
            hash = Math.imul(hash ^ (nextCode | 0x20), 0x01000193);
            end++;
            continue;
          }
          if (nextCode >= 48 && nextCode <= 57) {
            hash = Math.imul(hash ^ nextCode, 0x01000193);
            end++;
            continue;
          }
          const nextKind = nextCode < 128 ? CharClass.Other : charClass(nextCode);
          if (nextKind === CharClass.Letter || nextKind === CharClass.Digit || nextKind === CharClass.Mark) {
            if (nextKind === CharClass.Letter) hasLetter = true;
            hash = hashStep(hash, nextCode);
            end++;
          } else if (end + 1 < sentenceEnd && isJoiner(nextCode)) {
            const afterCode = text.charCodeAt(end + 1);
            const afterKind = charClass(afterCode);
            if (afterKind === CharClass.Letter || afterKind === CharClass.Digit) {
              hash = hashStep(hashStep(hash, nextCode), afterCode);
              end += 2;
            } else break;
          } else break;
        }
        if (hasLetter) columns.push(index, end, TOKEN_WORD, sentenceIndex, hash, wordClassBits(hash, code));
        else columns.push(index, end, TOKEN_NUMBER, sentenceIndex, hash, 0);
        index = end;
        continue;
      }
      // Keep surrogate pairs (emoji) whole.
      const width = code >= 0xd800 && code <= 0xdbff && index + 1 < sentenceEnd && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      columns.push(
        index,
        index + width,
        kind === CharClass.Punctuation ? TOKEN_PUNCTUATION : TOKEN_SYMBOL,
        sentenceIndex,
        hashStep(FNV_OFFSET, code),
        0,
      );
      index += width;
    }
  }
  return columns.table();
}

export const tokensStage = defineStage({
  name: 'segment/tokens',
  requires: ['sentences'],
  provides: ['tokens'],
  options: z.object({}),
  run(doc) {
    return { layers: { tokens: tokenize(doc.text, doc.layers.sentences!) } };
  },
});
