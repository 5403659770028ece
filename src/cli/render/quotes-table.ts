/**
 * The `--format table` view of one document: one row per quote (text, speaker, cue, reporting chain,
 * kind, confidence) with column widths fitted to the terminal, then the speakers and their counts.
 * A pure function of the quotes view, so it is tested without a terminal.
 */
import type { EntityView, QuoteView, QuotesView } from '../../output/quotes-view.js';

export interface TableOptions {
  /** Terminal width in columns. */
  width: number;
}

interface Column {
  title: string;
  /** Widest the column grows; it shrinks toward `min` when the terminal is narrow. */
  max: number;
  min: number;
  /** Share of the width a column keeps when all must shrink: the quote keeps twice the others'. */
  weight: number;
  shorten: (text: string, width: number) => string;
  align: 'left' | 'right';
}

const GAP = '  ';
const NONE = '-';

/** Display width, counting code points (close enough for a terminal; wide CJK glyphs are rare here). */
function widthOf(text: string): number {
  let width = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0xdc00 || code > 0xdfff) width++;
  }
  return width;
}

/** Collapses runs of white space (line breaks included) to one space. */
export function collapseSpaces(text: string): string {
  let result = '';
  let isSpace = false;
  for (const char of text.trim()) {
    if (char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\u00a0') {
      isSpace = true;
      continue;
    }
    if (isSpace) result += ' ';
    isSpace = false;
    result += char;
  }
  return result;
}

/** Shortens to `width` columns, ending with an ellipsis when something was cut. */
export function truncate(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  const points = Array.from(text).slice(0, width - 1);
  return `${points.join('').trimEnd()}…`;
}

/** Shortens from the left (`…<- The Tribune`): the end of a chain, where the relays are, matters most. */
export function truncateStart(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  if (width <= 1) return '…'.slice(0, width);
  const points = Array.from(text);
  return `…${points
    .slice(points.length - (width - 1))
    .join('')
    .trimStart()}`;
}

/** Shortens the name and keeps the mention: `Marisol Ok… [she]`, not `Marisol Okafor […`. */
export function truncateSpeaker(text: string, width: number): string {
  if (widthOf(text) <= width) return text;
  const bracket = text.endsWith(']') ? text.lastIndexOf(' [') : -1;
  if (bracket === -1) return truncate(text, width);
  const mention = text.slice(bracket);
  const nameWidth = width - widthOf(mention);
  return nameWidth < 4 ? truncate(text, width) : `${truncate(text.slice(0, bracket), nameWidth)}${mention}`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - widthOf(text)));
  return align === 'left' ? text + fill : fill + text;
}

function entityName(entities: Map<string, EntityView>, id: string | null | undefined): string | undefined {
  return id == null ? undefined : entities.get(id)?.name;
}

function speakerName(quote: QuoteView, entities: Map<string, EntityView>): string | undefined {
  if (quote.speaker === null) return undefined;
  return entityName(entities, quote.speaker.entity) ?? collapseSpaces(quote.speaker.text);
}

/**
 * `Ana Ruiz`, or `Ana Ruiz [she]` when the mention says something the name does not (a pronoun, a
 * descriptor, another name); a mention that is part of the name or holds it (`Ruiz`, `Mayor Ana Ruiz`) adds nothing.
 */
function speakerCell(quote: QuoteView, entities: Map<string, EntityView>): string {
  if (quote.speaker === null) return NONE;
  const mention = collapseSpaces(quote.speaker.text);
  const name = entityName(entities, quote.speaker.entity);
  if (name === undefined) return mention;
  const lowerName = name.toLowerCase();
  const lowerMention = mention.toLowerCase();
  return lowerName.includes(lowerMention) || lowerMention.includes(lowerName) ? name : `${name} [${mention}]`;
}

/** `Ana Ruiz <- the guard <- The Tribune`: the speaker, then each relay outward. */
function chainCell(quote: QuoteView, entities: Map<string, EntityView>): string {
  if (quote.via.length === 0) return '';
  const hops = quote.via.map((hop) => entityName(entities, hop.entity) ?? collapseSpaces(hop.text));
  return [speakerName(quote, entities) ?? '?', ...hops].join(' <- ');
}

/** Shrinks the widest shrinkable column (by width per weight) one step at a time until the row fits (or nothing can shrink). */
function fitWidths(natural: number[], columns: Column[], total: number): number[] {
  const widths = natural.map((width, index) => Math.min(width, columns[index]!.max));
  const used = () => widths.reduce((sum, width) => sum + width, 0) + GAP.length * (widths.length - 1);
  while (used() > total) {
    let widest = -1;
    for (let index = 0; index < widths.length; index++) {
      const share = widths[index]! / columns[index]!.weight;
      if (widths[index]! > columns[index]!.min && (widest === -1 || share > widths[widest]! / columns[widest]!.weight)) widest = index;
    }
    if (widest === -1) break;
    widths[widest]!--;
  }
  return widths;
}

function speakerSummary(view: QuotesView, entities: Map<string, EntityView>): string[] {
  const counts = new Map<string, number>();
  let unattributed = 0;
  for (const quote of view.quotes) {
    const name = speakerName(quote, entities);
    if (name === undefined) unattributed++;
    else counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rows = [...counts].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]));
  if (unattributed > 0) rows.push(['(no speaker found)', unattributed]);
  if (rows.length === 0) return [];
  const nameWidth = Math.max(...rows.map(([name]) => widthOf(name)));
  return ['Speakers:', ...rows.map(([name, count]) => `  ${pad(name, nameWidth, 'left')}  ${count} ${count === 1 ? 'quote' : 'quotes'}`)];
}

/** Renders the quotes of one document as a table followed by the speaker counts. */
export function renderQuotesTable(view: QuotesView, options: TableOptions): string {
  if (view.quotes.length === 0) return 'No quotes found.\n';
  const entities = new Map(view.entities.map((entity) => [entity.id, entity]));
  const hasChains = view.quotes.some((quote) => quote.via.length > 0);
  const columns: Column[] = [
    { title: '#', max: 6, min: 1, weight: 1, align: 'right', shorten: truncate },
    { title: 'Quote', max: 60, min: 12, weight: 2, align: 'left', shorten: truncate },
    { title: 'Speaker', max: 32, min: 6, weight: 1, align: 'left', shorten: truncateSpeaker },
    { title: 'Cue', max: 20, min: 4, weight: 1, align: 'left', shorten: truncate },
    ...(hasChains ? [{ title: 'Chain', max: 48, min: 6, weight: 1, align: 'left', shorten: truncateStart } as const] : []),
    { title: 'Kind', max: 8, min: 8, weight: 1, align: 'left', shorten: truncate },
    { title: 'Conf', max: 4, min: 4, weight: 1, align: 'right', shorten: truncate },
  ];
  const rows = view.quotes.map((quote, index) => [
    String(index + 1),
    collapseSpaces(quote.text),
    speakerCell(quote, entities),
    quote.cue === null ? NONE : collapseSpaces(quote.cue.text),
    ...(hasChains ? [chainCell(quote, entities)] : []),
    quote.kind,
    quote.confidence.toFixed(2),
  ]);
  const natural = columns.map((column, index) => Math.max(widthOf(column.title), ...rows.map((row) => widthOf(row[index]!))));
  const widths = fitWidths(natural, columns, options.width);
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => pad(columns[index]!.shorten(cell, widths[index]!), widths[index]!, columns[index]!.align))
      .join(GAP)
      .trimEnd();
  const lines = [line(columns.map((column) => column.title)), widths.map((width) => '-'.repeat(width)).join(GAP), ...rows.map(line)];
  lines.push('', ...speakerSummary(view, entities));
  return `${lines.join('\n')}\n`;
}
