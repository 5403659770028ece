/**
 * Maps offsets of the extracted text back to the raw markup. A segment whose text and source have the same
 * length maps offset by offset; any other segment (a character reference, collapsed white space, a `<br>`)
 * maps every offset inside it to its source start. Offsets between segments (block separators, `<q>` marks)
 * map to the end of the preceding segment's source. A document without a source map (plain text) maps
 * every offset to itself.
 */
import type { SourceSegment, VerbatimDocument } from '../../model/document.js';
import type { Range } from '../../model/span.js';

type MappedDocument = Pick<VerbatimDocument, 'text' | 'sourceMap'>;

/** Index of the first segment whose text ends after `offset` (segments sorted by text offset). */
function firstSegmentEndingAfter(segments: readonly SourceSegment[], offset: number): number {
  let low = 0;
  let high = segments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (segments[middle]!.text.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isLinear(segment: SourceSegment): boolean {
  return segment.text.end - segment.text.start === segment.source.end - segment.source.start;
}

/** The markup offset a text offset came from. */
export function toSourceOffset(doc: MappedDocument, textOffset: number): number {
  const segments = doc.sourceMap;
  if (segments.length === 0) return textOffset;
  const offset = Math.max(0, Math.min(textOffset, doc.text.length));
  const index = firstSegmentEndingAfter(segments, offset);
  const segment = segments[index];
  if (segment !== undefined && segment.text.start <= offset) {
    return isLinear(segment) ? segment.source.start + (offset - segment.text.start) : segment.source.start;
  }
  const previous = segments[index - 1];
  if (previous !== undefined) return previous.source.end;
  return segment?.source.start ?? 0;
}

/** The markup range a text range came from: its start as toSourceOffset, its end just after its last character's source. */
export function toSourceRange(doc: MappedDocument, range: Range): Range {
  const start = toSourceOffset(doc, range.start);
  if (range.end <= range.start || doc.sourceMap.length === 0) return { start, end: range.end <= range.start ? start : range.end };
  const last = range.end - 1;
  const segment = doc.sourceMap[firstSegmentEndingAfter(doc.sourceMap, last)];
  if (segment === undefined || segment.text.start > last) return { start, end: Math.max(start, toSourceOffset(doc, range.end)) };
  const end = isLinear(segment) ? segment.source.start + (range.end - segment.text.start) : segment.source.end;
  return { start, end: Math.max(start, end) };
}
