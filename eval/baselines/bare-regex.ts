/**
 * The bare-regex baseline: what a few lines of pattern matching give, so engine figures have a floor.
 * - Every region between a matched pair of double quotation marks (“…”, "…", ''…'') within a paragraph
 *   (a line of the text) is a direct quote; its content is the text inside the marks. An opening mark
 *   left unclosed at the paragraph's end gives nothing.
 * - Its speaker is the nearest capitalized-word sequence in the same sentence, outside every quote of
 *   the paragraph (or null). A sentence ends at . ! or ? followed by white space, outside quotes.
 *   Equal distance before and after: the one after wins ("…,” Ruiz said).
 * - The speaker's entity is the sequence itself (its text as name, its span as only mention).
 * Deliberately naive: "The" or "But" at a sentence start is a candidate speaker, abbreviations end sentences.
 */
import type { Prediction, QuoteSystem } from '../polnear/predictions.js';
import type { TextRange } from '../polnear/metrics.js';

interface QuoteRegion {
  /** From the opening mark to the end of the closing mark. */
  outer: TextRange;
  content: TextRange;
}

type MarkFamily = 'curly' | 'straight' | 'apostrophes';

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /\p{L}/u.test(character);
}

function isUppercase(character: string | undefined): boolean {
  return character !== undefined && /\p{Lu}/u.test(character);
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/u.test(character);
}

/** Matched double-quote regions of one paragraph [start, end). */
export function findQuoteRegions(text: string, start: number, end: number): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open: { family: MarkFamily; at: number; contentStart: number } | undefined;
  for (let index = start; index < end; index++) {
    const character = text[index];
    let family: MarkFamily | undefined;
    let width = 1;
    let canOpen = true;
    let canClose = true;
    if (character === '“') canClose = false;
    if (character === '”') canOpen = false;
    if (character === '“' || character === '”') family = 'curly';
    else if (character === '"') family = 'straight';
    else if (character === "'" && text[index + 1] === "'" && index + 1 < end) {
      family = 'apostrophes';
      width = 2;
    }
    if (family === undefined) continue;
    if (open !== undefined && open.family === family && canClose) {
      if (index > open.contentStart)
        regions.push({ outer: { start: open.at, end: index + width }, content: { start: open.contentStart, end: index } });
      open = undefined;
    } else if (open === undefined && canOpen) {
      open = { family, at: index, contentStart: index + width };
    }
    index += width - 1;
  }
  return regions;
}

function isInside(position: number, regions: readonly QuoteRegion[]): boolean {
  return regions.some((region) => position >= region.outer.start && position < region.outer.end);
}

/** Bounds of the sentence holding a quote: from after the last . ! ? + space before it to the first after it. */
export function sentenceAround(text: string, paragraph: TextRange, region: QuoteRegion, regions: readonly QuoteRegion[]): TextRange {
  const isBoundary = (index: number): boolean => '.!?'.includes(text[index]!) && isSpace(text[index + 1]) && !isInside(index, regions);
  let start = region.outer.start;
  while (start > paragraph.start && !isBoundary(start - 1)) start--;
  let end = region.outer.end;
  while (end < paragraph.end && !isBoundary(end)) end++;
  return { start, end: Math.min(paragraph.end, end + 1) };
}

/** Runs of capitalized words (separated by white space only) within a range, skipping quoted text. */
export function capitalizedSequences(text: string, range: TextRange, regions: readonly QuoteRegion[]): TextRange[] {
  const sequences: TextRange[] = [];
  let current: TextRange | undefined;
  let index = range.start;
  while (index < range.end) {
    if (!isLetter(text[index]) || isInside(index, regions)) {
      // Only white space may join two words of one sequence.
      if (!isSpace(text[index]) || isInside(index, regions)) current = undefined;
      index++;
      continue;
    }
    const wordStart = index;
    while (index < range.end && (isLetter(text[index]) || ("'’-.".includes(text[index]!) && isLetter(text[index + 1])))) index++;
    // An initial keeps its period: "J." in "Ana J. Ruiz".
    if (index - wordStart === 1 && text[index] === '.' && index < range.end) index++;
    if (!isUppercase(text[wordStart])) {
      current = undefined;
      continue;
    }
    if (current === undefined) {
      current = { start: wordStart, end: index };
      sequences.push(current);
    } else current.end = index;
  }
  return sequences;
}

function nearestSequence(sequences: readonly TextRange[], outer: TextRange): TextRange | null {
  let best: TextRange | null = null;
  let bestDistance = Infinity;
  for (const sequence of sequences) {
    const distance = sequence.end <= outer.start ? outer.start - sequence.end : sequence.start - outer.end;
    // `<=` so that, at equal distance, the later sequence (after the quote) wins.
    if (distance >= 0 && distance <= bestDistance) {
      best = sequence;
      bestDistance = distance;
    }
  }
  return best;
}

function paragraphs(text: string): TextRange[] {
  const found: TextRange[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index++) {
    if (index === text.length || text[index] === '\n' || text[index] === '\r') {
      if (index > start) found.push({ start, end: index });
      start = index + 1;
    }
  }
  return found;
}

export function bareRegexQuotes(text: string): Prediction[] {
  const predictions: Prediction[] = [];
  for (const paragraph of paragraphs(text)) {
    const regions = findQuoteRegions(text, paragraph.start, paragraph.end);
    for (const region of regions) {
      const sentence = sentenceAround(text, paragraph, region, regions);
      const speaker = nearestSequence(capitalizedSequences(text, sentence, regions), region.outer);
      const speakerSpan = speaker === null ? null : { ...speaker, text: text.slice(speaker.start, speaker.end) };
      predictions.push({
        kind: 'direct',
        ...region.content,
        text: text.slice(region.content.start, region.content.end),
        speaker: speakerSpan,
        entity: speakerSpan === null ? null : { name: speakerSpan.text, mentions: [speaker!] },
        cue: null,
        rule: speaker === null ? 'baseline/bare-regex' : 'baseline/nearest-capitalized',
        confidence: null,
      });
    }
  }
  return predictions;
}

export const bareRegexSystem: QuoteSystem = { name: 'bare-regex', predict: (article) => bareRegexQuotes(article.text) };
