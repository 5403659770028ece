/**
 * The corpus store: a small async interface with one implementation per database (sqlite/, postgres/).
 * It stores analysed documents and answers the few lookups that search, speaker pages, trace and stats
 * are built from (src/store/corpus.ts); everything above these lookups is shared TypeScript, so both
 * databases give the same results. The same test suite runs against each (store.test.ts).
 */
import type { QuoteView } from '../output/quotes-view.js';
import type { CorpusDocument } from './analyse.js';

export type StoreBackend = 'sqlite' | 'postgres';

/** A stored document as results show it. */
export interface StoredDocument {
  /** The public id: the first 16 hex digits of the content hash. */
  id: string;
  /** The caller's id or file name, as given when added. */
  name: string | null;
  title: string | null;
  published: string | null;
  publishedAt: string | null;
  outlet: string | null;
  url: string | null;
}

/** A stored quote with its document. */
export interface StoredQuote {
  /** Internal row id (group ids are quote row ids too). */
  rowId: number;
  documentRowId: number;
  document: StoredDocument;
  view: QuoteView;
  speakerName: string | null;
  speakerKey: string | null;
  speakerSurname: string | null;
  speakerGiven: string | null;
  terms: string;
  traceTerms: string;
  groupId: number | null;
}

/** The little of a quote that ranking a search needs (the full quote is loaded for the winners only). */
export interface QuoteTerms {
  rowId: number;
  terms: string;
  publishedAt: string | null;
}

/** Which speakers' quotes to keep: these name forms, plus the bare surname but only in these documents. */
export interface SpeakerFilter {
  keys: readonly string[];
  surnameKey?: string;
  surnameDocuments?: readonly number[];
}

export interface QuoteQuery {
  /** Full-text words (normalized and stemmed, see text/term-query.ts): quotes holding every one. */
  words?: { terms: readonly string[] };
  speaker?: SpeakerFilter;
  /** Case and punctuation are ignored: "the harbor ledger" finds "The Harbor Ledger". */
  outlet?: string;
  /** ISO instants, inclusive. Documents without a date are left out when either is set. */
  since?: string;
  until?: string;
  groupId?: number;
  rowIds?: readonly number[];
  /** A quote by its public reference: document public id and span id. */
  reference?: { documentId: string; spanId: string };
  /**
   * `stored`: in storage order (row id), which the full-text index streams without reading every match,
   * so a limit stops early; ranking is the caller's (search ranks candidates itself).
   */
  order: 'stored' | 'published-asc' | 'published-desc';
  limit: number;
}

export interface AddOutcome {
  /** Documents stored by this call. */
  added: number;
  /** Documents that were stored already (same content hash), including repeats within the call. */
  skipped: number;
  /** Quotes stored by this call. */
  quotes: number;
  /** Public ids of the documents stored by this call, in input order. */
  addedIds: string[];
}

/** One quote of a provenance group, with what trace aggregates over. */
export interface GroupMember {
  rowId: number;
  documentRowId: number;
  wordingHash: number | null;
  speakerKey: string | null;
  speakerName: string | null;
  speakerSurname: string | null;
  speakerGiven: string | null;
  publishedAt: string | null;
}

/** One stored speaker name form (see names/merge-people.ts). */
export interface StoredSpeakerForm {
  key: string;
  surname: string | null;
  given: string | null;
  name: string;
  quotes: number;
}

export interface StoreCounts {
  documents: number;
  quotes: number;
  groups: number;
}

export interface Store {
  readonly backend: StoreBackend;
  /** Where it is, for messages: the file path, or the URL without its password. */
  readonly location: string;
  /** The content hashes among these that are stored already. */
  findStoredHashes(hashes: readonly string[]): Promise<Set<string>>;
  /** Stores documents in one transaction (all or none); those stored already are skipped; quotes are grouped. */
  addDocuments(documents: readonly CorpusDocument[]): Promise<AddOutcome>;
  findQuotes(query: QuoteQuery): Promise<StoredQuote[]>;
  /** The same query, answered with row id, words and date only. */
  findQuoteTerms(query: QuoteQuery): Promise<QuoteTerms[]>;
  /** Quotes that have one of these wordings or share one of these LSH band keys: the candidates of a trace. */
  findTraceCandidates(probe: { wordingHashes: readonly number[]; bandKeys: readonly number[] }, limit: number): Promise<StoredQuote[]>;
  /** Every quote of a provenance group (light rows; the full quotes come from findQuotes by row id). */
  listGroupMembers(groupId: number): Promise<GroupMember[]>;
  /** Speaker name forms with this surname, or this key; with neither, every form (for counting people). */
  findSpeakerForms(filter?: { surname?: string; key?: string }): Promise<StoredSpeakerForm[]>;
  /** For each form key with this surname, the documents where it speaks (up to `limit` pairs in all). */
  findSpeakerDocuments(surname: string, limit: number): Promise<Array<{ key: string; documentRowId: number; quotes: number }>>;
  /** The speaker keys quoted in each of these documents. */
  findDocumentSpeakers(documentRowIds: readonly number[]): Promise<Map<number, string[]>>;
  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
