/** The floor: one global regex over “…” and "…" pairs, no attribution. What any extractor must at least read. */

const QUOTE_PAIR = /“[^”]*”|"[^"]*"/g;

export interface ScannedQuote {
  start: number;
  end: number;
}

/** Counts quote pairs; the bench calls this on its hot path, so it allocates nothing per match. */
export function countQuotePairs(text: string): number {
  QUOTE_PAIR.lastIndex = 0;
  let count = 0;
  while (QUOTE_PAIR.exec(text) !== null) count++;
  return count;
}

export function scanQuotePairs(text: string): ScannedQuote[] {
  return [...text.matchAll(QUOTE_PAIR)].map((match) => ({ start: match.index + 1, end: match.index + match[0].length - 1 }));
}
