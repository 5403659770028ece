/**
 * Full-text queries as lists of conjunctions, rendered per database. "all" asks for every word;
 * "all-but-one" for every word but any one (tolerates one changed or missing word). Words are
 * normalized and stemmed already (letters and digits only, `searchTextOf`), as the index holds them,
 * so they need no escaping beyond quoting.
 */

import { matchKey } from './words.js';

/** At most this many words go into a query; the longest are kept (long words are the rarer ones). */
export const MAX_QUERY_WORDS = 8;

export function queryWords(terms: readonly string[]): string[] {
  const distinct = [...new Set(terms)].filter((term) => term.length > 0);
  if (distinct.length <= MAX_QUERY_WORDS) return distinct;
  return [...distinct].sort((first, second) => second.length - first.length || first.localeCompare(second)).slice(0, MAX_QUERY_WORDS);
}

export function conjunctionsOf(terms: readonly string[], mode: 'all' | 'all-but-one'): string[][] {
  const words = queryWords(terms);
  if (words.length === 0) return [];
  if (mode === 'all' || words.length === 1) return [words];
  // Dropping a short word first keeps the long ones, which are the rarer: the most selective queries come first.
  const dropOrder = words
    .map((word, index) => ({ word, index }))
    .sort((first, second) => first.word.length - second.word.length || first.index - second.index);
  return dropOrder.map(({ index: skipped }) => words.filter((_, index) => index !== skipped));
}

/** FTS5 syntax: ("a" "b") OR ("a" "c"). */
export function toFts5Query(conjunctions: readonly string[][]): string {
  return conjunctions.map((words) => `(${words.map((word) => `"${word}"`).join(' ')})`).join(' OR ');
}

/** PostgreSQL to_tsquery('simple', ...) syntax: (a & b) | (a & c). */
export function toTsQuery(conjunctions: readonly string[][]): string {
  return conjunctions.map((words) => `(${words.map((word) => `'${word}'`).join(' & ')})`).join(' | ');
}

/** What the full-text index holds for a text: its words' match keys (light stems), space-separated. */
export function searchTextOf(terms: string): string {
  return terms.length === 0 ? '' : terms.split(' ').map(matchKey).join(' ');
}
