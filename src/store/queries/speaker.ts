/** What a person is quoted as saying across the corpus, newest first, with the people the name can mean. */
import type { QuoteQuery, Store } from '../store.js';
import { resolvePeople } from './people.js';
import { readDateRange, toResult, type QuoteResult } from './results.js';

export interface SpeakerOptions {
  outlet?: string;
  since?: string;
  until?: string;
  /** Default 50. */
  limit?: number;
}

export interface PersonSummary {
  /** Stable within a corpus ("joe-berlinger"). */
  id: string;
  name: string;
  /** Every name the person is quoted under. */
  variants: string[];
  /** Quotes given to the person in the whole corpus. */
  quotes: number;
}

export interface SpeakerResult extends QuoteResult {
  /** Which of `people` said it. */
  person: string;
}

export interface SpeakerResponse {
  /** The people the name can mean: one for a full name, possibly several for a bare surname. */
  people: PersonSummary[];
  results: SpeakerResult[];
}

export const DEFAULT_SPEAKER_LIMIT = 50;

export async function speakerQuotes(store: Store, name: string, options: SpeakerOptions = {}): Promise<SpeakerResponse> {
  const resolved = await resolvePeople(store, name);
  const people = resolved.people.map((person) => ({ id: person.id, name: person.name, variants: person.variants, quotes: person.quotes }));
  if (resolved.filter === null) return { people, results: [] };
  const query: QuoteQuery = {
    speaker: resolved.filter,
    order: 'published-desc',
    limit: Math.max(1, Math.floor(options.limit ?? DEFAULT_SPEAKER_LIMIT)),
    ...readDateRange(options.since, options.until),
  };
  if (options.outlet !== undefined) query.outlet = options.outlet;
  const quotes = await store.findQuotes(query);
  const results = quotes.flatMap((quote) => {
    const person = resolved.personOf(quote);
    return person === undefined ? [] : [{ ...toResult(quote), person: person.id }];
  });
  return { people, results };
}
