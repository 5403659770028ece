/**
 * segment/paragraphs: splits the text into paragraphs.
 * Reads: text. Writes: paragraphs.
 * Rules: a blank line (two newlines with only white space between) always ends a paragraph; a single
 * newline ends one too, unless the line before stops mid-sentence and the next starts in lower case,
 * or the whole text is hard-wrapped (blank lines between paragraphs, most other lines of wrap length:
 * fixture segment-paragraphs/hard-wrapped-lines-join-into-one-paragraph) and the next line does not
 * open a block of its own ("Q:", a quotation, a list item). Paragraphs are trimmed of white space.
 */
import { z } from 'zod';
import type { Paragraph } from '../model/layers.js';
import { defineStage } from '../pipeline/stage.js';
import { CharClass, charClass, isLower } from './chars.js';
import { NextCharFinder } from './next-char.js';
import { LayerIds } from '../model/ids.js';

const PARAGRAPH_IDS = new LayerIds('p');

/** Characters that can end a line at a sentence or heading end. */
/** White space within a line (not a line break). */
function isSpace(code: number): boolean {
  return charClass(code) === CharClass.Space;
}

function endsClause(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x3a ||
    code === 0x22 ||
    code === 0x201d ||
    code === 0x2019 ||
    code === 0xbb ||
    code === 0x29 ||
    code === 0x2026
  );
}

const WRAP_MIN = 45;
const WRAP_MAX = 100;

/**
 * Text wrapped at a fixed width (e-mail, wire copy): blank lines between paragraphs, and most lines
 * that end in a single newline are long and of similar length. Then a single newline is a space.
 */
function looksHardWrapped(text: string): boolean {
  let hasBlankLine = false;
  let single = 0;
  let wrapLike = 0;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
    const next = index + 1 < text.length ? text.charCodeAt(index + 1) : -1;
    const isBlank = next === 10 || (next === 13 && text.charCodeAt(index + 2) === 10);
    if (isBlank) hasBlankLine = true;
    else if (index > lineStart && next !== -1) {
      single++;
      const lineLength = index - lineStart;
      if (lineLength >= WRAP_MIN && lineLength <= WRAP_MAX) wrapLike++;
    }
    lineStart = index + 1;
  }
  return hasBlankLine && wrapLike >= 2 && wrapLike >= single * 0.6;
}

/** A line that opens its own block even in wrapped text: a label ("Q:"), a quotation, a list item. */
function startsBlock(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 0x2d || code === 0x2022 || code === 0x2a || code === 0x201c || code === 0x22) return true;
  // "NAME:" within the first 30 characters
  for (let cursor = index; cursor < text.length && cursor - index < 30; cursor++) {
    const next = text.charCodeAt(cursor);
    if (next === 0x3a) return true;
    if (next === 10 || next === 0x2e) return false;
  }
  return false;
}

/** Line breaks: \n, \r (\r\n counts once), and the Unicode line and paragraph separators. */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085]/g;

export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const length = text.length;
  const isHardWrapped = looksHardWrapped(text);
  let start = -1;
  let lastContentEnd = -1;
  /** Line breaks since the last line with content: 1 is a line break, 2 or more a blank line. */
  let breaks = 0;
  let lineStart = 0;
  const close = (): void => {
    if (start >= 0) paragraphs.push({ id: PARAGRAPH_IDS.at(paragraphs.length), start, end: lastContentEnd });
    start = -1;
  };
  // line by line: the native scan finds the breaks; only line edges are looked at character by character
  const lineBreaks = new NextCharFinder(LINE_BREAK, text);
  for (;;) {
    const lineEnd = lineBreaks.next(lineStart);
    let first = lineStart;
    while (first < lineEnd && isSpace(text.charCodeAt(first))) first++;
    if (first < lineEnd) {
      let last = lineEnd;
      while (last > first && isSpace(text.charCodeAt(last - 1))) last--;
      if (start >= 0) {
        const isWrapped =
          breaks < 2 &&
          ((!endsClause(text.charCodeAt(lastContentEnd - 1)) && isLower(text.charCodeAt(first))) ||
            (isHardWrapped && !startsBlock(text, first)));
        if (!isWrapped) close();
      }
      if (start < 0) start = first;
      lastContentEnd = last;
      breaks = 0;
    }
    if (lineEnd === length) break;
    breaks++;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  close();
  return paragraphs;
}

export const paragraphsStage = defineStage({
  name: 'segment/paragraphs',
  requires: [],
  provides: ['paragraphs'],
  options: z.object({}),
  run(doc) {
    return { layers: { paragraphs: findParagraphs(doc.text) } };
  },
});
