/**
 * Layer ids (`m0`, `q12` ...) shared across documents: every document names its first hundreds of
 * mentions, cues and quotes alike, so each id string is made once per process rather than once per
 * entry per document (a number-to-string conversion and an allocation each). Bounded per prefix.
 */
const CACHED_PER_PREFIX = 16_384;
const byPrefix = new Map<string, string[]>();

/** `prefix + index`, from the shared table when the index is small. */
export function layerId(prefix: string, index: number): string {
  if (index >= CACHED_PER_PREFIX || index < 0) return prefix + index;
  let ids = byPrefix.get(prefix);
  if (ids === undefined) byPrefix.set(prefix, (ids = []));
  // filled in order, so the table has no holes
  while (ids.length <= index) ids.push(prefix + ids.length);
  return ids[index]!;
}
