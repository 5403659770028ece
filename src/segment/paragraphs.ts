/**
 * segment/paragraphs: splits the text into paragraphs.
 * Reads: text. Writes: paragraphs.
 * Rules: a blank line (two newlines with only white space between) always ends a paragraph; a single
 * newline ends one too, unless the line before stops mid-sentence and the next starts in lower case
 * (hard-wrapped text). Paragraphs are trimmed of white space; empty ones are dropped.
 * Limits: a hard-wrapped line that ends a sentence starts a new paragraph (fixture
 * segment-paragraphs/hard-wrapped-lines-join-into-one-paragraph).
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

export function findParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const length = text.length;
  let start = -1;
  let lastContentEnd = -1;
  let index = 0;
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
          !isBlankLine && next < length && !endsClause(text.charCodeAt(lastContentEnd - 1)) && isLower(text.charCodeAt(next));
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
