/**
 * The embedded corpus: one SQLite file (better-sqlite3 12), WAL mode so readers never wait for the
 * writer, FTS5 for full text. A batch is one IMMEDIATE transaction (the database's write lock), so
 * several `verbatim add` processes on one file take turns and a killed process leaves either the whole
 * batch or none of it. Lists go to SQL as one JSON parameter (`json_each`), never as spliced text.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { VerbatimError, isVerbatimError } from '../../errors.js';
import { publicIdOf, type CorpusDocument } from '../analyse.js';
import { pendingMigrations } from '../migrations.js';
import { planGrouping, type ExistingQuoteInfo, type GroupingLookups, type NewTraceableQuote } from '../provenance/plan-grouping.js';
import {
  distinctByHash,
  MEMBER_COLUMNS,
  outletKeyOf,
  QUOTE_COLUMNS,
  speakerFormsOf,
  toGroupMember,
  toStoredQuote,
  type MemberRow,
  type QuoteRow,
  TERMS_COLUMNS,
  type TermsRow,
} from '../rows.js';
import type { AddOutcome, GroupMember, QuoteQuery, Store, StoreCounts, StoredSpeakerForm } from '../store.js';
import { conjunctionsOf, searchTextOf, toFts5Query } from '../text/term-query.js';

export interface SqliteStoreOptions {
  /** Fail with VBT_STORE_NOT_FOUND instead of creating the file (read commands). */
  mustExist?: boolean;
  /** Milliseconds a writer waits for another process's transaction; default 60 s. */
  busyTimeoutMs?: number;
}

type Database = Database.Database;

function failure(error: unknown, location: string, action: string): VerbatimError {
  if (isVerbatimError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new VerbatimError('VBT_STORE_FAILED', `Could not ${action} in the corpus at ${location}: ${message}`, { cause: error });
}

function migrate(db: Database, location: string): void {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const apply = db.transaction(() => {
    const applied = new Set(db.prepare('SELECT version FROM schema_migrations').pluck().all() as number[]);
    for (const migration of pendingMigrations('sqlite', applied, location)) {
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }
  });
  apply.immediate();
}

/** Runs async work one call at a time (one SQLite connection cannot hold two transactions). */
function createSerializer(): <T>(work: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (work) => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
}

export function openSqliteStore(path: string, options: SqliteStoreOptions = {}): Store {
  const location = path;
  if (options.mustExist === true && path !== ':memory:' && !existsSync(path)) {
    throw new VerbatimError('VBT_STORE_NOT_FOUND', `No corpus at ${path}: add documents first (verbatim add --db ${path} FILES...)`, {
      details: { location: path },
    });
  }
  let db: Database;
  try {
    db = new Database(path, options.mustExist === true ? { fileMustExist: true } : {});
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(options.busyTimeoutMs ?? 60_000))}`);
    db.pragma('foreign_keys = ON');
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    migrate(db, location);
  } catch (error) {
    if (isVerbatimError(error)) throw error;
    throw new VerbatimError('VBT_STORE_UNAVAILABLE', `Cannot open the corpus at ${path}: ${(error as Error).message}`, { cause: error });
  }
  const serialize = createSerializer();
  const statements = prepareStatements(db);

  const lookups: GroupingLookups = {
    wordings: async (hashes) => {
      const rows = statements.wordings.all(JSON.stringify(hashes)) as Array<{ hash: number; quote_id: number }>;
      return new Map(rows.map((row) => [row.hash, row.quote_id]));
    },
    bands: async (keys) => {
      const rows = statements.bands.all(JSON.stringify(keys)) as Array<{ key: number; quote_id: number }>;
      return rows.map((row) => ({ key: row.key, rowId: row.quote_id }));
    },
    quotes: async (rowIds) => {
      const rows = statements.traceInfo.all(JSON.stringify(rowIds)) as Array<{ id: number; trace_terms: string; group_id: number | null }>;
      return new Map<number, ExistingQuoteInfo>(rows.map((row) => [row.id, { traceTerms: row.trace_terms, groupId: row.group_id }]));
    },
    groupSizes: async (groupIds) => {
      const rows = statements.groupSizes.all(JSON.stringify(groupIds)) as Array<{ id: number; size: number }>;
      return new Map(rows.map((row) => [row.id, row.size]));
    },
  };

  async function addDocuments(documents: readonly CorpusDocument[]): Promise<AddOutcome> {
    const { unique, repeats } = distinctByHash(documents);
    if (unique.length === 0) return { added: 0, skipped: repeats, quotes: 0, addedIds: [] };
    db.exec('BEGIN IMMEDIATE');
    try {
      const stored = new Set(statements.storedHashes.pluck().all(JSON.stringify(unique.map((document) => document.hash))) as string[]);
      const fresh = unique.filter((document) => !stored.has(document.hash));
      const addedAt = new Date().toISOString();
      let nextQuoteId = ((statements.maxQuoteId.pluck().get() as number | null) ?? 0) + 1;
      const placed: Array<{ documentRowId: number; document: CorpusDocument; firstQuoteId: number }> = [];
      for (const document of fresh) {
        const result = statements.insertDocument.run(
          document.hash,
          publicIdOf(document.hash),
          document.name,
          document.title,
          document.published,
          document.publishedAt,
          document.outlet,
          outletKeyOf(document.outlet),
          document.url,
          document.text,
          JSON.stringify(document.entities),
          addedAt,
        );
        placed.push({ documentRowId: Number(result.lastInsertRowid), document, firstQuoteId: nextQuoteId });
        nextQuoteId += document.quotes.length;
      }
      const traceable: NewTraceableQuote[] = [];
      for (const { document, firstQuoteId } of placed) {
        for (const [index, quote] of document.quotes.entries()) {
          if (quote.wordingHash !== null)
            traceable.push({
              rowId: firstQuoteId + index,
              wordingHash: quote.wordingHash,
              bandKeys: quote.bandKeys,
              traceTerms: quote.traceTerms,
            });
        }
      }
      const plan = await planGrouping(traceable, lookups);
      let quoteCount = 0;
      for (const { documentRowId, document, firstQuoteId } of placed) {
        for (const [index, quote] of document.quotes.entries()) {
          const rowId = firstQuoteId + index;
          statements.insertQuote.run(
            rowId,
            documentRowId,
            quote.spanId,
            quote.kind,
            JSON.stringify(quote.view),
            quote.speakerName,
            quote.speakerKey,
            quote.speakerSurname,
            quote.speakerGiven,
            quote.terms,
            quote.traceTerms,
            quote.wordingHash,
            plan.groupOf.get(rowId) ?? null,
          );
          statements.insertSearch.run(rowId, searchTextOf(quote.terms));
          quoteCount++;
        }
      }
      for (const { rowId, groupId } of plan.joins) statements.setGroup.run(groupId, rowId);
      for (const { from, to } of plan.relabels) statements.relabelGroup.run(to, from);
      for (const id of plan.removedGroups) statements.deleteGroup.run(id);
      for (const [id, size] of plan.sizes) statements.upsertGroup.run(id, size);
      for (const { hash, rowId } of plan.newWordings) statements.insertWording.run(hash, rowId);
      for (const { key, rowId } of plan.newBands) statements.insertBand.run(key, rowId);
      for (const form of speakerFormsOf(fresh)) statements.upsertSpeaker.run(form.key, form.name, form.surname, form.given, form.quotes);
      db.exec('COMMIT');
      return {
        added: fresh.length,
        skipped: repeats + stored.size,
        quotes: quoteCount,
        addedIds: fresh.map((document) => publicIdOf(document.hash)),
      };
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw failure(error, location, 'store documents');
    }
  }

  function findQuotesNow<Row>(query: QuoteQuery, columns: string): Row[] {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    let from = 'quotes q JOIN documents d ON d.id = q.document_id';
    let order = 'd.published_at IS NULL, d.published_at, q.id';
    if (query.words !== undefined) {
      const conjunctions = conjunctionsOf(query.words.terms, 'all');
      if (conjunctions.length === 0) return [];
      from = 'quote_search JOIN quotes q ON q.id = quote_search.rowid JOIN documents d ON d.id = q.document_id';
      conditions.push('quote_search MATCH ?');
      parameters.push(toFts5Query(conjunctions));
    }
    // Ordered by the index's own rowid, FTS5 streams matches in order and the limit stops it early.
    if (query.order === 'stored') order = query.words === undefined ? 'q.id' : 'quote_search.rowid';
    if (query.order === 'published-desc') order = 'd.published_at IS NULL, d.published_at DESC, q.id DESC';
    if (query.speaker !== undefined) {
      const alternatives = ['q.speaker_key IN (SELECT value FROM json_each(?))'];
      parameters.push(JSON.stringify(query.speaker.keys));
      if (query.speaker.surnameKey !== undefined && (query.speaker.surnameDocuments?.length ?? 0) > 0) {
        alternatives.push('(q.speaker_key = ? AND q.document_id IN (SELECT value FROM json_each(?)))');
        parameters.push(query.speaker.surnameKey, JSON.stringify(query.speaker.surnameDocuments));
      }
      conditions.push(`(${alternatives.join(' OR ')})`);
    }
    if (query.outlet !== undefined) {
      conditions.push('d.outlet_key = ?');
      parameters.push(outletKeyOf(query.outlet) ?? '');
    }
    if (query.since !== undefined) {
      conditions.push('d.published_at >= ?');
      parameters.push(query.since);
    }
    if (query.until !== undefined) {
      conditions.push('d.published_at <= ?');
      parameters.push(query.until);
    }
    if (query.groupId !== undefined) {
      conditions.push('q.group_id = ?');
      parameters.push(query.groupId);
    }
    if (query.rowIds !== undefined) {
      conditions.push('q.id IN (SELECT value FROM json_each(?))');
      parameters.push(JSON.stringify(query.rowIds));
    }
    if (query.reference !== undefined) {
      conditions.push('d.public_id = ? AND q.span_id = ?');
      parameters.push(query.reference.documentId, query.reference.spanId);
    }
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const sql = `SELECT ${columns} FROM ${from} ${where} ORDER BY ${order} LIMIT ?`;
    parameters.push(Math.max(0, Math.floor(query.limit)));
    return db.prepare(sql).all(...parameters) as Row[];
  }

  async function run<T>(action: string, work: () => T): Promise<T> {
    try {
      return work();
    } catch (error) {
      throw failure(error, location, action);
    }
  }

  return {
    backend: 'sqlite',
    location,
    findStoredHashes: (hashes) =>
      run('look up documents', () => new Set(statements.storedHashes.pluck().all(JSON.stringify(hashes)) as string[])),
    addDocuments: (documents) => serialize(() => addDocuments(documents)),
    findQuotes: (query) => run('search quotes', () => findQuotesNow<QuoteRow>(query, QUOTE_COLUMNS).map(toStoredQuote)),
    findQuoteTerms: (query) =>
      run('search quotes', () =>
        findQuotesNow<TermsRow>(query, TERMS_COLUMNS).map((row) => ({
          rowId: Number(row.row_id),
          terms: row.terms,
          publishedAt: row.published_at,
        })),
      ),
    findTraceCandidates: (probe, limit) =>
      run('look up similar quotes', () =>
        (statements.traceCandidates.all(JSON.stringify(probe.wordingHashes), JSON.stringify(probe.bandKeys), limit) as QuoteRow[]).map(
          toStoredQuote,
        ),
      ),
    listGroupMembers: (groupId): Promise<GroupMember[]> =>
      run('read a quote group', () => (statements.groupMembers.all(groupId) as MemberRow[]).map(toGroupMember)),
    findSpeakerForms: (filter = {}): Promise<StoredSpeakerForm[]> =>
      run(
        'read speakers',
        () =>
          (filter.key !== undefined
            ? statements.speakerByKey.all(filter.key)
            : filter.surname !== undefined
              ? statements.speakersBySurname.all(filter.surname)
              : statements.allSpeakers.all()) as StoredSpeakerForm[],
      ),
    findSpeakerDocuments: (surname, limit) =>
      run('read speakers', () =>
        (statements.speakerDocuments.all(surname, limit) as Array<{ key: string; document_id: number; quotes: number }>).map((row) => ({
          key: row.key,
          documentRowId: row.document_id,
          quotes: row.quotes,
        })),
      ),
    findDocumentSpeakers: (documentRowIds) =>
      run('read speakers', () => {
        const result = new Map<number, string[]>();
        for (const row of statements.documentSpeakers.all(JSON.stringify(documentRowIds)) as Array<{
          document_id: number;
          speaker_key: string;
        }>) {
          const keys = result.get(row.document_id);
          if (keys === undefined) result.set(row.document_id, [row.speaker_key]);
          else keys.push(row.speaker_key);
        }
        return result;
      }),
    counts: (): Promise<StoreCounts> => run('count', () => statements.counts.get() as StoreCounts),
    close: () => serialize(async () => void db.close()),
  };
}

function prepareStatements(db: Database) {
  return {
    storedHashes: db.prepare('SELECT hash FROM documents WHERE hash IN (SELECT value FROM json_each(?))'),
    maxQuoteId: db.prepare('SELECT MAX(id) FROM quotes'),
    insertDocument: db.prepare(
      'INSERT INTO documents (hash, public_id, name, title, published, published_at, outlet, outlet_key, url, text, entities, added_at) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertQuote: db.prepare(
      'INSERT INTO quotes (id, document_id, span_id, kind, view, speaker_name, speaker_key, speaker_surname, speaker_given, terms, ' +
        'trace_terms, wording_hash, group_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    ),
    insertSearch: db.prepare('INSERT INTO quote_search (rowid, terms) VALUES (?, ?)'),
    setGroup: db.prepare('UPDATE quotes SET group_id = ? WHERE id = ?'),
    relabelGroup: db.prepare('UPDATE quotes SET group_id = ? WHERE group_id = ?'),
    deleteGroup: db.prepare('DELETE FROM groups WHERE id = ?'),
    upsertGroup: db.prepare('INSERT INTO groups (id, size) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET size = excluded.size'),
    insertWording: db.prepare('INSERT OR IGNORE INTO wordings (hash, quote_id) VALUES (?, ?)'),
    insertBand: db.prepare('INSERT OR IGNORE INTO bands (key, quote_id) VALUES (?, ?)'),
    upsertSpeaker: db.prepare(
      'INSERT INTO speakers (key, name, surname, given, quotes) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (key) DO UPDATE SET quotes = speakers.quotes + excluded.quotes',
    ),
    wordings: db.prepare('SELECT hash, quote_id FROM wordings WHERE hash IN (SELECT value FROM json_each(?))'),
    bands: db.prepare('SELECT key, quote_id FROM bands WHERE key IN (SELECT value FROM json_each(?))'),
    traceInfo: db.prepare('SELECT id, trace_terms, group_id FROM quotes WHERE id IN (SELECT value FROM json_each(?))'),
    groupSizes: db.prepare('SELECT id, size FROM groups WHERE id IN (SELECT value FROM json_each(?))'),
    traceCandidates: db.prepare(
      `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.id IN (` +
        'SELECT quote_id FROM wordings WHERE hash IN (SELECT value FROM json_each(?)) ' +
        'UNION SELECT quote_id FROM bands WHERE key IN (SELECT value FROM json_each(?))) ORDER BY q.id LIMIT ?',
    ),
    groupMembers: db.prepare(`SELECT ${MEMBER_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.group_id = ?`),
    allSpeakers: db.prepare('SELECT key, surname, given, name, quotes FROM speakers ORDER BY key'),
    speakerByKey: db.prepare('SELECT key, surname, given, name, quotes FROM speakers WHERE key = ?'),
    speakersBySurname: db.prepare('SELECT key, surname, given, name, quotes FROM speakers WHERE surname = ? ORDER BY key'),
    speakerDocuments: db.prepare(
      'SELECT speaker_key AS key, document_id, COUNT(*) AS quotes FROM quotes WHERE speaker_surname = ? ' +
        'GROUP BY speaker_key, document_id ORDER BY document_id LIMIT ?',
    ),
    documentSpeakers: db.prepare(
      'SELECT DISTINCT document_id, speaker_key FROM quotes WHERE document_id IN (SELECT value FROM json_each(?)) AND speaker_key IS NOT NULL',
    ),
    counts: db.prepare(
      'SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM groups) AS groups',
    ),
  };
}
