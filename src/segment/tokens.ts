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

export const TOKEN_WORD = 0;
export const TOKEN_NUMBER = 1;
export const TOKEN_PUNCTUATION = 2;
export const TOKEN_SYMBOL = 3;

function isJoiner(code: number): boolean {
  return isApostrophe(code) || code === 0x2d || code === 0x2e || code === 0x2010 || code === 0x2011 || code === 0x26;
}

export function tokenize(text: string, sentences: readonly Sentence[]): TokenTable {
  let capacity = Math.max(16, (text.length >>> 2) + 16);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let sentenceOf = new Int32Array(capacity);
  let hashes = new Int32Array(capacity);
  let count = 0;
  const push = (start: number, end: number, kind: number, sentence: number, hash: number): void => {
    if (count === capacity) {
      capacity *= 2;
      const grow = <T extends Int32Array | Uint8Array>(array: T, make: (size: number) => T): T => {
        const bigger = make(capacity);
        bigger.set(array);
        return bigger;
      };
      starts = grow(starts, (size) => new Int32Array(size));
      ends = grow(ends, (size) => new Int32Array(size));
      kinds = grow(kinds, (size) => new Uint8Array(size));
      sentenceOf = grow(sentenceOf, (size) => new Int32Array(size));
      hashes = grow(hashes, (size) => new Int32Array(size));
    }
    hashes[count] = hash;
    starts[count] = start;
    ends[count] = end;
    kinds[count] = kind;
    sentenceOf[count] = sentence;
    count++;
  };

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
        push(index, end, hasLetter ? TOKEN_WORD : TOKEN_NUMBER, sentenceIndex, hash);
        index = end;
        continue;
      }
      // Keep surrogate pairs (emoji) whole.
      const width = code >= 0xd800 && code <= 0xdbff && index + 1 < sentenceEnd && (text.charCodeAt(index + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
      push(
        index,
        index + width,
        kind === CharClass.Punctuation ? TOKEN_PUNCTUATION : TOKEN_SYMBOL,
        sentenceIndex,
        hashStep(FNV_OFFSET, code),
      );
      index += width;
    }
  }
  return {
    count,
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    kinds: kinds.subarray(0, count),
    sentences: sentenceOf.subarray(0, count),
    hashes: hashes.subarray(0, count),
  };
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
