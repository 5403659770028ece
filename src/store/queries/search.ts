/**
 * Full-text search over stored quotes, tolerant of small wording differences: the database finds
 * quotes with every content word of the query (stemmed, so "strikes" finds "strike"), then, when that
 * gives too few, quotes missing any one of them (one query per word left out, the short and common
 * words left out first, until there are candidates enough). The database only retrieves, in storage
 * order, which its index streams so a limit stops it early; ranking every match with bm25 or ts_rank
 * cost ten times more at a million quotes. verbatim ranks the candidates itself by the share of query
 * words they hold and of the query's word pairs they keep in order, so both databases rank alike.
 */
import { VerbatimError } from '../../errors.js';
import type { QuoteQuery, QuoteTerms, Store, StoredQuote } from '../store.js';
import { conjunctionsOf } from '../text/term-query.js';
import { contentWords, matchKey, wordsOf } from '../text/words.js';
import { resolvePeople } from './people.js';
import { readDateRange, toResult, type QuoteResult } from './results.js';

export interface SearchOptions {
  /** Only quotes of this person (name variants merged, see `speaker`). */
  speaker?: string;
  outlet?: string;
  /** Dates ("2024-03-05") or ISO instants, inclusive. */
  since?: string;
  until?: string;
  /** Default 20. */
  limit?: number;
}

export interface SearchResult extends QuoteResult {
  /** 0-1: share of the query's words found (3/4 of the score) and of its word pairs kept in order (1/4). */
  score: number;
}

export interface SearchResponse {
  results: SearchResult[];
}

export const DEFAULT_SEARCH_LIMIT = 20;
/** Candidates read from the database per requested result. */
const CANDIDATES_PER_RESULT = 5;
const MIN_CANDIDATES = 100;
/** Results must hold at least this share of the query's content words. */
const MIN_COVERAGE = 0.5;

function scoreOf(queryKeys: readonly string[], queryPairs: ReadonlySet<string>, quote: QuoteTerms): { score: number; coverage: number } {
  const words = quote.terms.length === 0 ? [] : quote.terms.split(' ');
  const keys = words.map(matchKey);
  const present = new Set(keys);
  const coverage = queryKeys.filter((key) => present.has(key)).length / queryKeys.length;
  let pairs = 0;
  if (queryPairs.size > 0) {
    const seen = new Set<string>();
    for (let index = 1; index < keys.length; index++) {
      const pair = `${keys[index - 1]} ${keys[index]}`;
      if (queryPairs.has(pair) && !seen.has(pair)) {
        seen.add(pair);
        pairs++;
      }
    }
  }
  const order = queryPairs.size === 0 ? coverage : pairs / queryPairs.size;
  return { score: Math.round((0.75 * coverage + 0.25 * order) * 1000) / 1000, coverage };
}

/** Earlier publication first among equal scores; undated last; then by storage order. */
export function compareByDate(first: StoredQuote, second: StoredQuote): number {
  return compareDates(first.document.publishedAt, first.rowId, second.document.publishedAt, second.rowId);
}

function compareDates(a: string | null, firstRowId: number, b: string | null, secondRowId: number): number {
  if (a !== b) {
    if (a === null) return 1;
    if (b === null) return -1;
    return a < b ? -1 : 1;
  }
  return firstRowId - secondRowId;
}

export async function searchQuotes(store: Store, text: string, options: SearchOptions = {}): Promise<SearchResponse> {
  const words = wordsOf(text);
  if (words.length === 0) throw new VerbatimError('VBT_OPTIONS_INVALID', `Expected words to search for, found "${text}"`);
  const limit = Math.max(1, Math.floor(options.limit ?? DEFAULT_SEARCH_LIMIT));
  const queryKeys = [...new Set(contentWords(words).map(matchKey))];
  const allKeys = words.map(matchKey);
  const queryPairs = new Set<string>();
  for (let index = 1; index < allKeys.length; index++) queryPairs.add(`${allKeys[index - 1]} ${allKeys[index]}`);

  const wanted = Math.max(MIN_CANDIDATES, limit * CANDIDATES_PER_RESULT);
  const base: Omit<QuoteQuery, 'words'> = {
    order: 'stored',
    limit: wanted,
    ...readDateRange(options.since, options.until),
  };
  if (options.outlet !== undefined) base.outlet = options.outlet;
  if (options.speaker !== undefined) {
    const resolved = await resolvePeople(store, options.speaker);
    if (resolved.filter === null) return { results: [] };
    base.speaker = resolved.filter;
  }
  // Rank on words and dates alone; load the full quotes of the winners only.
  const candidates = new Map<number, QuoteTerms>();
  const gather = async (terms: readonly string[]) => {
    for (const quote of await store.findQuoteTerms({ ...base, words: { terms } })) candidates.set(quote.rowId, quote);
  };
  await gather(conjunctionsOf(queryKeys, 'all')[0] ?? queryKeys);
  if (candidates.size < limit && queryKeys.length >= 2) {
    for (const terms of conjunctionsOf(queryKeys, 'all-but-one')) {
      if (candidates.size >= wanted) break;
      await gather(terms);
    }
  }
  const scored = [...candidates.values()]
    .map((quote) => ({ quote, ...scoreOf(queryKeys, queryPairs, quote) }))
    .filter((entry) => entry.coverage >= MIN_COVERAGE);
  scored.sort(
    (first, second) =>
      second.score - first.score || compareDates(first.quote.publishedAt, first.quote.rowId, second.quote.publishedAt, second.quote.rowId),
  );
  const winners = scored.slice(0, limit);
  const loaded = new Map(
    (await store.findQuotes({ rowIds: winners.map((entry) => entry.quote.rowId), order: 'published-asc', limit: winners.length })).map(
      (quote) => [quote.rowId, quote],
    ),
  );
  return {
    results: winners.flatMap((entry) => {
      const quote = loaded.get(entry.quote.rowId);
      return quote === undefined ? [] : [{ ...toResult(quote), score: entry.score }];
    }),
  };
}
