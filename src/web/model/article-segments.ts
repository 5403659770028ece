/**
 * Cuts the article text into blocks (paragraphs) and flat segments, each segment knowing which quote,
 * quoted piece, quoted term and speaker or cue span covers it. The renderer turns each segment into one
 * text node or one element holding a text node: article content never passes through HTML parsing.
 */
import type { QuotedTerm, QuoteKind, QuoteView, Range } from '../../index.js';

export interface Segment {
  start: number;
  end: number;
  /** The innermost quote covering the segment. */
  quote?: string;
  kind?: QuoteKind;
  /** Inside a quoted piece of a mixed quote (the words in marks). */
  isFragment?: boolean;
  /** The first segment of its quote (carries the speaker badge and keyboard focus). */
  isQuoteStart?: boolean;
  /** Quoted words that are not speech. */
  term?: Pick<QuotedTerm, 'reason' | 'rule'>;
  /** Keys of the speaker mentions and cues covering the segment (`m:start:end`, `c:start:end`). */
  spans?: string[];
}

export interface Block {
  index: number;
  start: number;
  end: number;
  segments: Segment[];
}

export interface ArticleLayout {
  blocks: Block[];
  /** Index of the block holding each quote's first segment. */
  blockOfQuote: Map<string, number>;
}

interface Item {
  start: number;
  end: number;
  type: 'quote' | 'fragment' | 'term' | 'span';
  quote?: QuoteView;
  term?: QuotedTerm;
  key?: string;
}

export function spanKey(prefix: 'm' | 'c', range: Range): string {
  return `${prefix}:${range.start}:${range.end}`;
}

function collectItems(quotes: readonly QuoteView[], terms: readonly QuotedTerm[]): Item[] {
  const items: Item[] = [];
  const spanKeys = new Set<string>();
  const addSpan = (prefix: 'm' | 'c', range: Range): void => {
    const key = spanKey(prefix, range);
    if (range.end <= range.start || spanKeys.has(key)) return;
    spanKeys.add(key);
    items.push({ start: range.start, end: range.end, type: 'span', key });
  };
  for (const quote of quotes) {
    if (quote.end > quote.start) items.push({ start: quote.start, end: quote.end, type: 'quote', quote });
    for (const fragment of quote.fragments ?? [])
      if (fragment.end > fragment.start) items.push({ start: fragment.start, end: fragment.end, type: 'fragment' });
    if (quote.speaker !== null) addSpan('m', quote.speaker);
    if (quote.cue !== null) addSpan('c', quote.cue);
    for (const hop of quote.via) addSpan('m', hop);
  }
  for (const term of terms) if (term.end > term.start) items.push({ start: term.start, end: term.end, type: 'term', term });
  return items.sort((left, right) => left.start - right.start || right.end - left.end);
}

/** Paragraph ranges, or the whole text as one block when the document has none. */
function blockRanges(text: string, paragraphs: readonly Range[] | undefined): Range[] {
  const ranges = (paragraphs ?? []).filter((paragraph) => paragraph.end > paragraph.start);
  if (ranges.length === 0) return text.length === 0 ? [] : [{ start: 0, end: text.length }];
  return [...ranges].sort((left, right) => left.start - right.start);
}

function innermostQuote(active: readonly Item[]): QuoteView | undefined {
  let best: Item | undefined;
  for (const item of active) {
    if (item.type !== 'quote') continue;
    if (best === undefined || item.start > best.start || (item.start === best.start && item.end < best.end)) best = item;
  }
  return best?.quote;
}

export function layoutArticle(
  text: string,
  paragraphs: readonly Range[] | undefined,
  quotes: readonly QuoteView[],
  terms: readonly QuotedTerm[] = [],
): ArticleLayout {
  const items = collectItems(quotes, terms);
  const pointSet = new Set<number>();
  for (const item of items) {
    pointSet.add(item.start);
    pointSet.add(item.end);
  }
  const points = [...pointSet].sort((left, right) => left - right);
  const blocks: Block[] = [];
  const blockOfQuote = new Map<string, number>();
  let active: Item[] = [];
  let nextItem = 0;
  let nextPoint = 0;

  for (const range of blockRanges(text, paragraphs)) {
    if (isBlank(text, range.start, range.end)) continue;
    const block: Block = { index: blocks.length, start: range.start, end: range.end, segments: [] };
    while (nextPoint < points.length && points[nextPoint]! <= range.start) nextPoint++;
    let position = range.start;
    while (position < range.end) {
      const boundary = nextPoint < points.length && points[nextPoint]! < range.end ? points[nextPoint]! : range.end;
      while (nextItem < items.length && items[nextItem]!.start <= position) active.push(items[nextItem++]!);
      active = active.filter((item) => item.end > position);
      block.segments.push(describeSegment(position, boundary, active, block.index, blockOfQuote));
      position = boundary;
      if (boundary !== range.end) nextPoint++;
    }
    blocks.push(block);
  }
  return { blocks, blockOfQuote };
}

function describeSegment(
  start: number,
  end: number,
  active: readonly Item[],
  blockIndex: number,
  blockOfQuote: Map<string, number>,
): Segment {
  const segment: Segment = { start, end };
  const quote = innermostQuote(active);
  if (quote !== undefined) {
    segment.quote = quote.id;
    segment.kind = quote.kind;
    if (!blockOfQuote.has(quote.id)) {
      blockOfQuote.set(quote.id, blockIndex);
      segment.isQuoteStart = true;
    }
  }
  for (const item of active) {
    if (item.type === 'fragment') segment.isFragment = true;
    else if (item.type === 'term') segment.term = { reason: item.term!.reason, rule: item.term!.rule };
    else if (item.type === 'span') (segment.spans ??= []).push(item.key!);
  }
  return segment;
}

function isBlank(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 10 && code !== 13 && code !== 9 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * The block shown as the headline: the page title's block, or a short first line without a quote or a
 * closing full stop ("Dockworkers walk out as Port Calder talks collapse"); -1 when there is none.
 */
export function findHeadline(text: string, blocks: readonly Block[], title: string | undefined): number {
  const first = blocks[0];
  if (first === undefined || blocks.length < 2) return -1;
  const words = text.slice(first.start, first.end).trim();
  if (title !== undefined && words === title.trim()) return 0;
  const hasQuote = first.segments.some((segment) => segment.quote !== undefined);
  const isShort = words.length <= 160 && !words.includes('\n');
  const endsSentence = words.endsWith('.') && !words.endsWith('..');
  return isShort && !hasQuote && !endsSentence ? 0 : -1;
}

/** The title to show for an article: its page title, its headline line, or the file name. */
export function articleTitle(text: string, layout: ArticleLayout, title: string | undefined, name: string): string {
  if (title !== undefined && title.trim() !== '') return title.trim();
  const headline = findHeadline(text, layout.blocks, undefined);
  if (headline === -1) return name;
  const block = layout.blocks[headline]!;
  return text.slice(block.start, block.end).trim();
}
