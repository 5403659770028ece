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
  const index = Number(id.slice(1));
  if (layer[index]?.id === id) return index;
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
