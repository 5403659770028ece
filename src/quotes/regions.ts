/**
 * Quoted regions: the outermost stretches of text between paired quotation marks, read off the
 * quoteMarks layer. A region continued across paragraphs is one region; an opening mark left
 * unclosed at a paragraph's end gives a region to that end.
 */
import type { Paragraph, QuoteMark } from '../model/layers.js';
import type { Range } from '../model/span.js';
import { isSpace } from '../segment/chars.js';
import { LastEntryCache } from '../pipeline/last-entry-cache.js';

export interface QuoteRegion {
  /** From the opening mark's start to the closing mark's end (or the paragraph's end). */
  outer: Range;
  /** Inside the marks, trimmed of white space. */
  content: Range;
  open: QuoteMark;
  close: QuoteMark | undefined;
  /** Index of the paragraph holding the opening mark. */
  paragraph: number;
  isMultiParagraph: boolean;
}

function paragraphIndexAt(paragraphs: readonly Paragraph[], offset: number, from: number): number {
  let index = from;
  while (index + 1 < paragraphs.length && paragraphs[index]!.end <= offset) index++;
  return index;
}

const cached = new LastEntryCache<readonly QuoteMark[], QuoteRegion[]>();

/** The regions of a document's quoteMarks layer, computed once and shared by the stages that read them. */
export function quoteRegionsOf(text: string, paragraphs: readonly Paragraph[], marks: readonly QuoteMark[]): QuoteRegion[] {
  let regions = cached.get(marks);
  if (regions === undefined) {
    regions = findQuoteRegions(text, paragraphs, marks);
    cached.set(marks, regions);
  }
  return regions;
}

export function findQuoteRegions(text: string, paragraphs: readonly Paragraph[], marks: readonly QuoteMark[]): QuoteRegion[] {
  // segment/quote-marks names marks `k<index>`; the lookup checks that and falls back to a map otherwise
  let byId: Map<string, QuoteMark> | undefined;
  const markById = (id: string): QuoteMark | undefined => {
    const mark = marks[Number(id.slice(1))];
    if (mark !== undefined && mark.id === id) return mark;
    byId ??= new Map(marks.map((candidate) => [candidate.id, candidate]));
    return byId.get(id);
  };
  const lastReopen = new Map<string, QuoteMark>();
  for (const mark of marks) if (mark.continues !== undefined) lastReopen.set(mark.continues, mark);
  const regions: QuoteRegion[] = [];
  let paragraphIndex = 0;
  let coveredUntil = -1;
  for (const mark of marks) {
    if (mark.role !== 'open' || mark.depth !== 0 || mark.continues !== undefined || mark.start < coveredUntil) continue;
    paragraphIndex = paragraphIndexAt(paragraphs, mark.start, paragraphIndex);
    const close = mark.pair === undefined ? undefined : markById(mark.pair);
    let end: number;
    let contentEnd: number;
    if (close !== undefined) {
      end = close.end;
      contentEnd = close.start;
    } else {
      // unclosed: to the end of the last paragraph the quotation was continued into
      const reopen = lastReopen.get(mark.id);
      const lastParagraph = reopen === undefined ? paragraphIndex : paragraphIndexAt(paragraphs, reopen.start, paragraphIndex);
      end = paragraphs[lastParagraph]?.end ?? text.length;
      contentEnd = end;
    }
    let contentStart = mark.end;
    while (contentStart < contentEnd && isSpace(text.charCodeAt(contentStart))) contentStart++;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const closingParagraph = paragraphIndexAt(paragraphs, Math.max(mark.start, end - 1), paragraphIndex);
    regions.push({
      outer: { start: mark.start, end },
      content: { start: contentStart, end: contentEnd },
      open: mark,
      close,
      paragraph: paragraphIndex,
      isMultiParagraph: closingParagraph !== paragraphIndex,
    });
    coveredUntil = end;
  }
  return regions;
}

/** Index of the region whose outer range contains `offset`, or -1; regions are sorted and disjoint. */
export function regionAt(regions: readonly QuoteRegion[], offset: number): number {
  let low = 0;
  let high = regions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (regions[middle]!.outer.end <= offset) low = middle + 1;
    else high = middle;
  }
  const region = regions[low];
  return region !== undefined && region.outer.start <= offset ? low : -1;
}

/** Regions lying entirely inside `range`, in order. */
export function regionsWithin(regions: readonly QuoteRegion[], range: Range): number[] {
  let low = 0;
  let high = regions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (regions[middle]!.outer.start < range.start) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let index = low; index < regions.length && regions[index]!.outer.end <= range.end; index++) found.push(index);
  return found;
}
