/** A half-open range `[start, end)` of UTF-16 code units over a document's frozen text. */
export interface Range {
  start: number;
  end: number;
}

/** A range with a stable id, unique within its document (`q0`, `m12`). */
export interface Span extends Range {
  id: string;
}

/** Orders spans by start, then end; the order every layer is stored in. */
export function compareSpans(a: Range, b: Range): number {
  return a.start - b.start || a.end - b.end;
}

export function sortSpans<T extends Range>(spans: T[]): T[] {
  return spans.sort(compareSpans);
}

/** The first start and last end of each entry's ranges (a frame's content pieces): bounds that rule out most overlap tests before a search. An entry with no ranges gets an empty extent. */
export interface Extents {
  firsts: Int32Array;
  lasts: Int32Array;
}

export function extentsOf<T>(entries: readonly T[], rangesOf: (entry: T) => readonly Range[]): Extents {
  const firsts = new Int32Array(entries.length);
  const lasts = new Int32Array(entries.length);
  for (let index = 0; index < entries.length; index++) {
    let first = 0x7fffffff;
    let last = 0;
    for (const range of rangesOf(entries[index]!)) {
      first = Math.min(first, range.start);
      last = Math.max(last, range.end);
    }
    firsts[index] = first;
    lasts[index] = last;
  }
  return { firsts, lasts };
}

function isSorted(spans: readonly Range[]): boolean {
  for (let index = 1; index < spans.length; index++) if (compareSpans(spans[index - 1]!, spans[index]!) > 0) return false;
  return true;
}

/**
 * `first.concat(second)` stably sorted by start, then end, in linear time when the lists come sorted
 * (a stage's main pass finds spans in text order, its extra rules add a few): ties keep `first`'s
 * entries before `second`'s, as the stable sort would. An unsorted list is sorted (stably) first.
 */
export function mergeSpans<T extends Range>(first: readonly T[], second: readonly T[]): T[] {
  const left = isSorted(first) ? first : [...first].sort(compareSpans);
  const right = isSorted(second) ? second : [...second].sort(compareSpans);
  if (right.length === 0) return left.slice();
  const merged = new Array<T>(left.length + right.length);
  let at = 0;
  let fromLeft = 0;
  let fromRight = 0;
  while (fromLeft < left.length && fromRight < right.length)
    merged[at++] = compareSpans(right[fromRight]!, left[fromLeft]!) < 0 ? right[fromRight++]! : left[fromLeft++]!;
  while (fromLeft < left.length) merged[at++] = left[fromLeft++]!;
  while (fromRight < right.length) merged[at++] = right[fromRight++]!;
  return merged;
}

/** Sorts spans and names them `${prefix}${index}`, so the same input always gets the same ids. */
export function assignIds<T extends Range>(spans: readonly T[], prefix: string): Array<T & { id: string }> {
  const sorted = [...spans].sort(compareSpans);
  return sorted.map((span, index) => ({ ...span, id: prefix + index }));
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function overlapLength(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function contains(outer: Range, inner: Range): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Index of the first span whose end is greater than `offset` (spans sorted, non-overlapping). */
export function firstEndingAfter(spans: readonly Range[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The span (sorted, non-overlapping) that contains `offset`, or undefined. */
export function spanAt<T extends Range>(spans: readonly T[], offset: number): T | undefined {
  const index = firstEndingAfter(spans, offset);
  const span = spans[index];
  return span !== undefined && span.start <= offset ? span : undefined;
}

/**
 * The entry of a layer with this id. Stages name entries `<prefix><index>` in layer order (assignIds), so
 * the index is read from the id and checked; anything else falls back to a scan.
 */
export function entryById<T extends { id: string }>(layer: readonly T[], id: string): T | undefined {
  const index = indexById(layer, id);
  return index < 0 ? undefined : layer[index];
}

/** Position in its layer of the entry with this id, or -1 (see entryById). */
export function indexById(layer: readonly { id: string }[], id: string): number {
  // the digits after the one-letter prefix, read in place (no slice, no number parse: this is called per lookup)
  let index = id.length > 1 ? 0 : -1;
  for (let position = 1; position < id.length && index >= 0; position++) {
    const digit = id.charCodeAt(position) - 48;
    index = digit >= 0 && digit <= 9 && index < 0x7ffffff ? index * 10 + digit : -1;
  }
  if (index >= 0 && index < layer.length && layer[index]!.id === id) return index;
  for (let position = 0; position < layer.length; position++) if (layer[position]!.id === id) return position;
  return -1;
}

/** A `get`/`has` view over a layer by id, without building a Map (see entryById). */
export interface IdLookup<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
}

export function lookupById<T extends { id: string }>(layer: readonly T[]): IdLookup<T> {
  return { get: (id) => entryById(layer, id), has: (id) => entryById(layer, id) !== undefined };
}
