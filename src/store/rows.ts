/** Row shapes both databases return, and their conversion to the store's types (column names agree across dialects). */
import type { QuoteView } from '../output/quotes-view.js';
import type { CorpusDocument } from './analyse.js';
import type { GroupMember, StoredQuote } from './store.js';
import { wordsOf } from './text/words.js';

/** The columns every quote query selects (`q` quotes, `d` documents). */
export const QUOTE_COLUMNS =
  'q.id AS row_id, q.document_id, q.view, q.speaker_name, q.speaker_key, q.speaker_surname, q.speaker_given, q.terms, ' +
  'q.trace_terms, q.group_id, d.public_id, d.name, d.title, d.published, d.published_at, d.outlet, d.url';

/** The columns of a search candidate. */
export const TERMS_COLUMNS = 'q.id AS row_id, q.terms, d.published_at';

export interface TermsRow {
  row_id: number | string;
  terms: string;
  published_at: string | null;
}

export interface QuoteRow {
  row_id: number | string;
  document_id: number | string;
  /** JSON text (SQLite) or parsed JSONB (PostgreSQL). */
  view: string | QuoteView;
  speaker_name: string | null;
  speaker_key: string | null;
  speaker_surname: string | null;
  speaker_given: string | null;
  terms: string;
  trace_terms: string;
  group_id: number | string | null;
  public_id: string;
  name: string | null;
  title: string | null;
  published: string | null;
  published_at: string | null;
  outlet: string | null;
  url: string | null;
}

export function toStoredQuote(row: QuoteRow): StoredQuote {
  return {
    rowId: Number(row.row_id),
    documentRowId: Number(row.document_id),
    document: {
      id: row.public_id,
      name: row.name,
      title: row.title,
      published: row.published,
      publishedAt: row.published_at,
      outlet: row.outlet,
      url: row.url,
    },
    view: typeof row.view === 'string' ? (JSON.parse(row.view) as QuoteView) : row.view,
    speakerName: row.speaker_name,
    speakerKey: row.speaker_key,
    speakerSurname: row.speaker_surname,
    speakerGiven: row.speaker_given,
    terms: row.terms,
    traceTerms: row.trace_terms,
    groupId: row.group_id === null ? null : Number(row.group_id),
  };
}

export const MEMBER_COLUMNS =
  'q.id AS row_id, q.document_id, q.wording_hash, q.speaker_key, q.speaker_name, q.speaker_surname, q.speaker_given, d.published_at';

export interface MemberRow {
  row_id: number | string;
  document_id: number | string;
  wording_hash: number | string | null;
  speaker_key: string | null;
  speaker_name: string | null;
  speaker_surname: string | null;
  speaker_given: string | null;
  published_at: string | null;
}

export function toGroupMember(row: MemberRow): GroupMember {
  return {
    rowId: Number(row.row_id),
    documentRowId: Number(row.document_id),
    wordingHash: row.wording_hash === null ? null : Number(row.wording_hash),
    speakerKey: row.speaker_key,
    speakerName: row.speaker_name,
    speakerSurname: row.speaker_surname,
    speakerGiven: row.speaker_given,
    publishedAt: row.published_at,
  };
}

/** An outlet as filters compare it: "The Harbor Ledger" and "the harbor-ledger" are one. */
export function outletKeyOf(outlet: string | null | undefined): string | null {
  if (outlet === null || outlet === undefined) return null;
  const key = wordsOf(outlet).join(' ');
  return key.length > 0 ? key : null;
}

/** Documents with distinct hashes, first occurrence kept, and how many repeats were dropped. */
export function distinctByHash(documents: readonly CorpusDocument[]): { unique: CorpusDocument[]; repeats: number } {
  const seen = new Set<string>();
  const unique: CorpusDocument[] = [];
  for (const document of documents) {
    if (seen.has(document.hash)) continue;
    seen.add(document.hash);
    unique.push(document);
  }
  return { unique, repeats: documents.length - unique.length };
}

/** Speaker forms of a batch, counted, for the `speakers` table (first name seen is kept for display). */
export function speakerFormsOf(
  documents: readonly CorpusDocument[],
): Array<{ key: string; name: string; surname: string | null; given: string | null; quotes: number }> {
  const forms = new Map<string, { key: string; name: string; surname: string | null; given: string | null; quotes: number }>();
  for (const document of documents) {
    for (const quote of document.quotes) {
      if (quote.speakerKey === null) continue;
      const form = forms.get(quote.speakerKey);
      if (form !== undefined) form.quotes++;
      else
        forms.set(quote.speakerKey, {
          key: quote.speakerKey,
          name: quote.speakerName ?? quote.speakerKey,
          surname: quote.speakerSurname,
          given: quote.speakerGiven,
          quotes: 1,
        });
    }
  }
  return [...forms.values()];
}
