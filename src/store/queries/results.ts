/**
 * The JSON shapes corpus commands and the HTTP API return (`--format json`): a result is a quote in the
 * quotes view with its document; `id` is the quote's corpus id, "<document id>:<quote id>", which
 * `trace` also accepts.
 */
import { VerbatimError } from '../../errors.js';
import type { QuoteView } from '../../output/quotes-view.js';
import { normalizeDate } from '../analyse.js';
import type { StoredQuote } from '../store.js';

export interface ResultDocument {
  /** First 16 hex digits of the document's content hash. */
  id: string;
  title: string | null;
  /** The publication date as given when the document was added. */
  published: string | null;
  outlet: string | null;
  url: string | null;
  /** The caller's id or file name, as given when added. */
  name: string | null;
}

export interface QuoteResult {
  /** The quote's corpus id: "<document id>:<quote id>". */
  id: string;
  quote: QuoteView;
  document: ResultDocument;
  /** The speaker's name as the corpus knows it (the entity's fullest name in that article), or null. */
  speaker: string | null;
}

export function toResult(stored: StoredQuote): QuoteResult {
  const { document } = stored;
  return {
    id: `${document.id}:${stored.view.id}`,
    quote: stored.view,
    document: {
      id: document.id,
      title: document.title,
      published: document.published,
      outlet: document.outlet,
      url: document.url,
      name: document.name,
    },
    speaker: stored.speakerName,
  };
}

/** Reads "<16 hex digits>:<quote id>"; undefined when the text is not a quote id. */
export function parseQuoteId(text: string): { documentId: string; spanId: string } | undefined {
  const trimmed = text.trim();
  const colon = trimmed.indexOf(':');
  if (colon !== 16) return undefined;
  const documentId = trimmed.slice(0, 16).toLowerCase();
  const spanId = trimmed.slice(17);
  for (const character of documentId) if (!'0123456789abcdef'.includes(character)) return undefined;
  if (spanId.length === 0 || spanId.length > 32 || spanId.includes(' ')) return undefined;
  return { documentId, spanId };
}

export interface DateRange {
  since?: string;
  until?: string;
}

const DATE_ONLY_LENGTH = 10;

/** Reads --since/--until: a date ("2024-03-05", the whole day for until) or an ISO instant. */
export function readDateRange(since: string | undefined, until: string | undefined): DateRange {
  const range: DateRange = {};
  if (since !== undefined) {
    const instant = normalizeDate(since);
    if (instant === null) throw new VerbatimError('VBT_OPTIONS_INVALID', `Expected a date such as 2024-03-05 for since, found "${since}"`);
    range.since = instant;
  }
  if (until !== undefined) {
    const instant = normalizeDate(until);
    if (instant === null) throw new VerbatimError('VBT_OPTIONS_INVALID', `Expected a date such as 2024-03-05 for until, found "${until}"`);
    // A bare date includes that whole day.
    range.until = until.trim().length === DATE_ONLY_LENGTH ? instant.replace('T00:00:00.000Z', 'T23:59:59.999Z') : instant;
  }
  return range;
}
