/**
 * Turns an article record into what the corpus stores: its content hash (identity), metadata, text,
 * the quotes view of each quote with the speaker's name read as a person, the words search and
 * provenance compare, and the quote's MinHash band keys. Runs in ingest workers and in the server.
 */
import { createHash } from 'node:crypto';
import { annotate, type ArticleInput } from '../index.js';
import type { QuoteKind } from '../model/layers.js';
import { toQuotesView, type EntityView, type QuoteView } from '../output/quotes-view.js';
import { parsePersonName } from './names/person-name.js';
import { fingerprintOf } from './provenance/minhash.js';
import { wordsOf } from './text/words.js';

/** An article as `add` and POST /documents receive it (the JSON Lines record of `extract --jsonl`). */
export interface CorpusRecord {
  id?: string;
  text?: string;
  html?: string;
  title?: string;
  published?: string;
  outlet?: string;
  url?: string;
}

export interface CorpusQuote {
  spanId: string;
  kind: QuoteKind;
  /** The quote exactly as the quotes view gives it. */
  view: QuoteView;
  /** The speaker's name (the entity's canonical name, else the mention), or null when unattributed. */
  speakerName: string | null;
  /** The speaker's name form key ("joe berlinger"), or the normalized name when it is not a person's. */
  speakerKey: string | null;
  speakerSurname: string | null;
  /** Given names of the speaker, space-separated ("joe"), or null. */
  speakerGiven: string | null;
  /** Normalized words of the quote text, space-separated: what search matches. */
  terms: string;
  /** Normalized words of what the quote puts in quotation marks (all of a direct quote, the fragments of a mixed one). */
  traceTerms: string;
  /** Provenance fingerprint: set when the quoted words are long enough to trace. */
  wordingHash: number | null;
  bandKeys: number[];
}

export interface CorpusDocument {
  /** Hex SHA-256 of the normalized input: the document's identity in the corpus. */
  hash: string;
  /** The caller's id or the file name, as given. */
  name: string | null;
  title: string | null;
  /** Publication date as given. */
  published: string | null;
  /** The same as an ISO 8601 instant, when it can be read; dates order and filter by this. */
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
  /** The analysed text (for HTML, the extracted article). */
  text: string;
  quotes: CorpusQuote[];
  entities: EntityView[];
}

/** Normalizes what identifies an input: Unicode NFC, LF line ends, no surrounding white space. */
export function normalizeForHash(raw: string): string {
  return raw.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** The document identity: SHA-256 (hex) of the normalized text or HTML. */
export function contentHash(raw: string): string {
  return createHash('sha256').update(normalizeForHash(raw), 'utf8').digest('hex');
}

/** The public id of a stored document: the first 16 hex digits of its content hash. */
export function publicIdOf(hash: string): string {
  return hash.slice(0, 16);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** An ISO instant for a publication date ("2024-03-05", "2024-03-05T10:00:00+01:00", "March 5, 2024"), or null. */
export function normalizeDate(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed.length === 0) return null;
  const dateOnly = DATE_ONLY.exec(trimmed);
  const time = dateOnly !== null ? Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])) : Date.parse(trimmed);
  if (!Number.isFinite(time)) return null;
  const year = new Date(time).getUTCFullYear();
  return year < 1000 || year > 9999 ? null : new Date(time).toISOString();
}

function speakerNameOf(
  quote: QuoteView,
  entities: ReadonlyMap<string, EntityView>,
): { name: string; entity: EntityView | undefined } | null {
  if (quote.speaker === null) return null;
  const entity = quote.speaker.entity === null ? undefined : entities.get(quote.speaker.entity);
  return { name: entity?.name ?? quote.speaker.text, entity };
}

/** The speaker columns of a quote: a person's name form when it reads as one, else the whole name. */
export function speakerColumns(
  name: string | null,
  type: EntityView['type'] | undefined,
): Pick<CorpusQuote, 'speakerKey' | 'speakerSurname' | 'speakerGiven'> {
  if (name === null) return { speakerKey: null, speakerSurname: null, speakerGiven: null };
  const person = parsePersonName(name);
  const isPerson = person !== null && (type === undefined || type === 'person' || (person.isTitled && person.given.length > 0));
  if (isPerson) return { speakerKey: person.key, speakerSurname: person.surname, speakerGiven: person.given.join(' ') || null };
  const key = wordsOf(name).join(' ');
  return { speakerKey: key.length > 0 ? key : null, speakerSurname: null, speakerGiven: null };
}

/** The words a quote puts in quotation marks: what provenance follows across articles. */
function quotedWordsOf(quote: QuoteView): string[] {
  if (quote.kind === 'direct') return wordsOf(quote.text);
  if (quote.kind === 'mixed' && quote.fragments !== undefined) return quote.fragments.flatMap((fragment) => wordsOf(fragment.text));
  return [];
}

/** Analyses a record for the corpus. Throws VerbatimError for input the extractor refuses. */
export function analyseForCorpus(record: CorpusRecord, options: { maxLength?: number } = {}): CorpusDocument {
  const raw = record.text ?? record.html ?? '';
  const input: ArticleInput = { ...record, id: record.id ?? 'document' };
  const doc = annotate(input, options.maxLength === undefined ? {} : { maxLength: options.maxLength });
  const view = toQuotesView(doc);
  const entities = new Map(view.entities.map((entity) => [entity.id, entity]));
  const quotes = view.quotes.map((quote): CorpusQuote => {
    const speaker = speakerNameOf(quote, entities);
    const quoted = quotedWordsOf(quote);
    const fingerprint = fingerprintOf(quoted);
    return {
      spanId: quote.id,
      kind: quote.kind,
      view: quote,
      speakerName: speaker?.name ?? null,
      ...speakerColumns(speaker?.name ?? null, speaker?.entity?.type),
      terms: wordsOf(quote.text).join(' '),
      traceTerms: quoted.join(' '),
      wordingHash: fingerprint?.wordingHash ?? null,
      bandKeys: fingerprint?.bandKeys ?? [],
    };
  });
  const published = doc.metadata.published ?? null;
  return {
    hash: contentHash(raw),
    name: record.id ?? null,
    title: doc.metadata.title ?? null,
    published,
    publishedAt: normalizeDate(published),
    outlet: doc.metadata.outlet ?? null,
    url: doc.metadata.url ?? null,
    text: doc.text,
    quotes,
    entities: view.entities,
  };
}
