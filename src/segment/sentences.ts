/**
 * segment/sentences: splits each paragraph into sentences.
 * Reads: paragraphs. Writes: sentences.
 * Rules, in order: a terminator (. ! ? …) plus any closing quotes or brackets, then white space,
 * then an upper-case letter, digit, opening quote or bracket, ends a sentence; except after a
 * title abbreviation ("Sen."), a single-letter initial ("J."), or a terminal abbreviation ("Inc.",
 * "U.S.") not followed by a typical sentence opener. A paragraph always ends a sentence.
 * Limits: "in the U.S. Congress" vs "in the U.S. Smith left" is decided by the opener list only
 * (fixture segment-sentences/us-abbreviation-before-name).
 */
import { z } from 'zod';
import type { Paragraph, Sentence } from '../model/layers.js';
import { defineStage } from '../pipeline/stage.js';
import { SENTENCE_OPENERS, TERMINAL_ABBREVIATIONS, TITLE_ABBREVIATIONS } from './abbreviations.js';
import { CharClass, charClass, isDigit, isSpace, isUpper } from './chars.js';
import { NextCharFinder } from './next-char.js';
import { LayerIds } from '../model/ids.js';
import { FNV_OFFSET, HashTable, hashStep, hashWord } from './word-hash.js';

const SENTENCE_IDS = new LayerIds('s');

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

function isCloser(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x203a ||
    code === 0x29 ||
    code === 0x5d
  );
}

function isOpener(code: number): boolean {
  return (
    code === 0x22 ||
    code === 0x27 ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 0x2039 ||
    code === 0x201e ||
    code === 0x28 ||
    code === 0x5b ||
    code === 0x60
  );
}

/** Start of the word (letters and inner periods) that ends right before `end`. */
function wordStartBefore(text: string, end: number, floor: number): number {
  let start = end;
  // Abbreviations are short: a bounded look-back keeps "a.b.c.d..." linear.
  const limit = Math.max(floor, end - 12);
  while (start > limit) {
    const code = text.charCodeAt(start - 1);
    const kind = charClass(code);
    if (kind === CharClass.Letter || (code === 0x2e && start - 1 > floor && charClass(text.charCodeAt(start - 2)) === CharClass.Letter))
      start--;
    else break;
  }
  return start;
}

/** No abbreviation, and no initialism ("U.S.", at most 7), is longer: a longer word before a period is read no further. */
const LONGEST_ABBREVIATION = Math.max(7, ...[...TITLE_ABBREVIATIONS, ...TERMINAL_ABBREVIATIONS].map((word) => word.length));

function wordAfter(text: string, start: number, ceiling: number): string {
  let end = start;
  ceiling = Math.min(ceiling, start + 16);
  while (end < ceiling && charClass(text.charCodeAt(end)) === CharClass.Letter) end++;
  return text.slice(start, end).toLowerCase();
}

/** Word hashes of every abbreviation (segment/word-hash.ts): most words before a period are none, and need no string. */
const ABBREVIATION_HASHES = new HashTable(new Map([...TITLE_ABBREVIATIONS, ...TERMINAL_ABBREVIATIONS].map((word) => [hashWord(word), 1])));

/**
 * True for a word of two or more ASCII letters (no inner period) whose hash no abbreviation has: it is neither an
 * abbreviation nor an initialism, which is all isAbbreviationPeriod would find out with strings.
 */
function isPlainWordNoAbbreviation(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  let hash = FNV_OFFSET;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90))) return false;
    hash = hashStep(hash, code);
  }
  return ABBREVIATION_HASHES.get(hash) === 0;
}

/** Decides whether a period at `dot` is an abbreviation's period that does not end the sentence. */
function isAbbreviationPeriod(text: string, dot: number, next: number, paragraph: Paragraph): boolean {
  const wordStart = wordStartBefore(text, dot, paragraph.start);
  // lower-casing never shortens a string, so a long word is no abbreviation either way
  if (wordStart === dot || dot - wordStart > LONGEST_ABBREVIATION) return false;
  if (isPlainWordNoAbbreviation(text, wordStart, dot)) return false;
  const word = text.slice(wordStart, dot).toLowerCase();
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  const isInitialism = word.length === 1 || (word.length <= 7 && word.includes('.'));
  if (word.length === 1 && isUpper(text.charCodeAt(dot - 1))) {
    // "J. Smith": a lone capital is an initial, unless it closes an initialism ("U.S.") before an opener.
    const isAcronymEnd = dot >= 2 && text.charCodeAt(dot - 2) === 0x2e;
    return !(isAcronymEnd && SENTENCE_OPENERS.has(wordAfter(text, next, paragraph.end)));
  }
  if (TERMINAL_ABBREVIATIONS.has(word) || isInitialism) {
    return !SENTENCE_OPENERS.has(wordAfter(text, next, paragraph.end));
  }
  return false;
}

const TERMINATOR = /[.!?\u2026]/g;

export function findSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  const terminators = new NextCharFinder(TERMINATOR, text);
  for (let paragraphIndex = 0; paragraphIndex < paragraphs.length; paragraphIndex++) {
    const paragraph = paragraphs[paragraphIndex]!;
    let start = paragraph.start;
    let index = paragraph.start;
    while (index < paragraph.end) {
      // jump to the next terminator with the native scan
      index = terminators.next(index);
      if (index >= paragraph.end) break;
      const code = text.charCodeAt(index);
      let end = index + 1;
      while (end < paragraph.end && (isTerminator(text.charCodeAt(end)) || isCloser(text.charCodeAt(end)))) end++;
      let next = end;
      while (next < paragraph.end && isSpace(text.charCodeAt(next))) next++;
      const hasSpace = next > end;
      if (!hasSpace || next >= paragraph.end) {
        index = end;
        continue;
      }
      let startCode = text.charCodeAt(next);
      let look = next;
      while (isOpener(startCode) && look + 1 < paragraph.end) startCode = text.charCodeAt(++look);
      const startsSentence = isUpper(startCode) || isDigit(startCode) || look > next;
      if (startsSentence && !(code === 0x2e && isAbbreviationPeriod(text, index, look, paragraph))) {
        sentences.push({ id: SENTENCE_IDS.at(sentences.length), start, end, paragraph: paragraphIndex });
        start = next;
      }
      index = end;
    }
    if (start < paragraph.end)
      sentences.push({ id: SENTENCE_IDS.at(sentences.length), start, end: paragraph.end, paragraph: paragraphIndex });
  }
  return sentences;
}

export const sentencesStage = defineStage({
  name: 'segment/sentences',
  requires: ['paragraphs'],
  provides: ['sentences'],
  options: z.object({}),
  run(doc) {
    return { layers: { sentences: findSentences(doc.text, doc.layers.paragraphs!) } };
  },
});
