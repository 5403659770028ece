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

/** Characters that can end a line at a sentence or heading end. */
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
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) !== 10) continue;
    const next = index + 1 < text.length ? text.charCodeAt(index + 1) : -1;
    const isBlank = next === 10 || (next === 13 && text.charCodeAt(index + 2) === 10);
    if (isBlank) hasBlankLine = true;
    else if (index > lineStart && next !== -1) {
      single++;
      const length = index - lineStart;
      if (length >= WRAP_MIN && length <= WRAP_MAX) wrapLike++;
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

export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const length = text.length;
  let start = -1;
  let lastContentEnd = -1;
  let index = 0;
  const isHardWrapped = looksHardWrapped(text);
  const close = (): void => {
    if (start >= 0) paragraphs.push({ id: 'p' + paragraphs.length, start, end: lastContentEnd });
    start = -1;
  };
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = charClass(code);
    if (kind === CharClass.Newline) {
      let newlines = 0;
      let next = index;
      while (next < length) {
        const nextCode = text.charCodeAt(next);
        const nextKind = charClass(nextCode);
        if (nextKind === CharClass.Newline) {
          // \r\n counts as one line break
          if (!(nextCode === 10 && next > 0 && text.charCodeAt(next - 1) === 13)) newlines++;
        } else if (nextKind !== CharClass.Space) break;
        next++;
      }
      if (start >= 0) {
        const isBlankLine = newlines >= 2;
        const isWrapped =
          !isBlankLine &&
          next < length &&
          ((!endsClause(text.charCodeAt(lastContentEnd - 1)) && isLower(text.charCodeAt(next))) ||
            (isHardWrapped && !startsBlock(text, next)));
        if (!isWrapped) close();
      }
      index = next;
      continue;
    }
    if (kind !== CharClass.Space) {
      if (start < 0) start = index;
      lastContentEnd = index + 1;
    }
    index++;
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
