/**
 * The shared corpus: PostgreSQL through pg. Many `verbatim add` processes, on one machine or many, may
 * write at once. Each batch is one transaction that first takes a transaction-scoped advisory lock, so
 * writers take turns for the short time it takes to store a batch (analysis, the slow part, runs before
 * the lock in each process): a document is inserted once (its hash is UNIQUE and checked under the
 * lock), and provenance grouping always sees every quote committed before it, so two near-duplicate
 * quotes arriving in two processes end up in one group. Readers never wait for the lock.
 * Lists go to SQL as array parameters (`= ANY($1)`, `unnest`), never as spliced text.
 */
import pg, { type Pool } from 'pg';
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
import { conjunctionsOf, searchTextOf, toTsQuery } from '../text/term-query.js';

export interface PostgresStoreOptions {
  /** Use (and create) this schema instead of the connection's default (tests use one per run). */
  schema?: string;
  /** Connections in the pool; default 4. */
  maxConnections?: number;
}

/** Advisory lock keys: migrations, and writes of one schema (the schema name is mixed in by hashtext). */
const MIGRATION_LOCK = "hashtext(current_schema() || ':verbatim-migrate')";
const WRITE_LOCK = "hashtext(current_schema() || ':verbatim-write')";

/** The URL with its password replaced, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unreadable URL)';
  }
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

function failure(error: unknown, location: string, action: string): VerbatimError {
  if (isVerbatimError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  // Connection failures (refused, unknown host, bad password, no such database) mean the server is not usable.
  const isUnavailable =
    code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === '28P01' || code === '3D000' || code === '28000';
  return new VerbatimError(
    isUnavailable ? 'VBT_STORE_UNAVAILABLE' : 'VBT_STORE_FAILED',
    `Could not ${action} in the corpus at ${location}: ${message}`,
    { cause: error, details: code === undefined ? undefined : { databaseCode: code } },
  );
}

async function migrate(pool: Pool, location: string, schema: string | undefined): Promise<void> {
  const client = await pool.connect();
  try {
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SELECT pg_advisory_lock(${MIGRATION_LOCK})`);
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
      );
      const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations');
      for (const migration of pendingMigrations('postgres', new Set(rows.map((row) => row.version)), location)) {
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      }
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${MIGRATION_LOCK})`);
    }
  } finally {
    client.release();
  }
}

export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const location = redactUrl(url);
  const schema = options.schema;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new VerbatimError('VBT_OPTIONS_INVALID', `Expected a schema name of lower-case letters, digits and _, found "${schema}"`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 4,
    connectionTimeoutMillis: 15_000,
    idleTimeoutMillis: 10_000,
    application_name: 'verbatim',
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle client that loses its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  try {
    await migrate(pool, location, schema);
  } catch (error) {
    await pool.end().catch(() => {});
    if (isVerbatimError(error)) throw error;
    const wrapped = failure(error, location, 'open');
    throw new VerbatimError('VBT_STORE_UNAVAILABLE', wrapped.message, { cause: error });
  }

  async function addDocuments(documents: readonly CorpusDocument[]): Promise<AddOutcome> {
    const { unique, repeats } = distinctByHash(documents);
    if (unique.length === 0) return { added: 0, skipped: repeats, quotes: 0, addedIds: [] };
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      const { rows: storedRows } = await client.query<{ hash: string }>('SELECT hash FROM documents WHERE hash = ANY($1::text[])', [
        unique.map((document) => document.hash),
      ]);
      const stored = new Set(storedRows.map((row) => row.hash));
      const fresh = unique.filter((document) => !stored.has(document.hash));
      if (fresh.length === 0) {
        await client.query('COMMIT');
        return { added: 0, skipped: repeats + stored.size, quotes: 0, addedIds: [] };
      }
      const { rows: documentRows } = await client.query<{ id: string; hash: string }>(
        'INSERT INTO documents (hash, public_id, name, title, published, published_at, outlet, outlet_key, url, text, entities) ' +
          'SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], ' +
          '$10::text[], $11::jsonb[]) RETURNING id, hash',
        [
          fresh.map((document) => document.hash),
          fresh.map((document) => publicIdOf(document.hash)),
          fresh.map((document) => document.name),
          fresh.map((document) => document.title),
          fresh.map((document) => document.published),
          fresh.map((document) => document.publishedAt),
          fresh.map((document) => document.outlet),
          fresh.map((document) => outletKeyOf(document.outlet)),
          fresh.map((document) => document.url),
          fresh.map((document) => document.text),
          fresh.map((document) => JSON.stringify(document.entities)),
        ],
      );
      const documentRowIds = new Map(documentRows.map((row) => [row.hash, Number(row.id)]));
      const quoteTotal = fresh.reduce((total, document) => total + document.quotes.length, 0);
      const { rows: idRows } = await client.query<{ id: string }>("SELECT nextval('quotes_id_seq') AS id FROM generate_series(1, $1)", [
        quoteTotal,
      ]);
      const quoteIds = idRows.map((row) => Number(row.id)).sort((first, second) => first - second);

      const lookups: GroupingLookups = {
        wordings: async (hashes) => {
          const { rows } = await client.query<{ hash: string; quote_id: string }>(
            'SELECT hash, quote_id FROM wordings WHERE hash = ANY($1::bigint[])',
            [hashes],
          );
          return new Map(rows.map((row) => [Number(row.hash), Number(row.quote_id)]));
        },
        bands: async (keys) => {
          const { rows } = await client.query<{ key: string; quote_id: string }>(
            'SELECT key, quote_id FROM bands WHERE key = ANY($1::bigint[])',
            [keys],
          );
          return rows.map((row) => ({ key: Number(row.key), rowId: Number(row.quote_id) }));
        },
        quotes: async (rowIds) => {
          const { rows } = await client.query<{ id: string; trace_terms: string; group_id: string | null }>(
            'SELECT id, trace_terms, group_id FROM quotes WHERE id = ANY($1::bigint[])',
            [rowIds],
          );
          return new Map<number, ExistingQuoteInfo>(
            rows.map((row) => [
              Number(row.id),
              { traceTerms: row.trace_terms, groupId: row.group_id === null ? null : Number(row.group_id) },
            ]),
          );
        },
        groupSizes: async (groupIds) => {
          const { rows } = await client.query<{ id: string; size: number }>('SELECT id, size FROM groups WHERE id = ANY($1::bigint[])', [
            groupIds,
          ]);
          return new Map(rows.map((row) => [Number(row.id), row.size]));
        },
      };

      const quoteRows: Array<{ rowId: number; documentRowId: number; quote: CorpusDocument['quotes'][number] }> = [];
      let next = 0;
      for (const document of fresh) {
        const documentRowId = documentRowIds.get(document.hash)!;
        for (const quote of document.quotes) quoteRows.push({ rowId: quoteIds[next++]!, documentRowId, quote });
      }
      const traceable: NewTraceableQuote[] = quoteRows
        .filter((row) => row.quote.wordingHash !== null)
        .map((row) => ({
          rowId: row.rowId,
          wordingHash: row.quote.wordingHash!,
          bandKeys: row.quote.bandKeys,
          traceTerms: row.quote.traceTerms,
        }));
      const plan = await planGrouping(traceable, lookups);

      if (quoteRows.length > 0) {
        await client.query(
          'INSERT INTO quotes (id, document_id, span_id, kind, view, speaker_name, speaker_key, speaker_surname, speaker_given, terms, ' +
            'trace_terms, wording_hash, group_id, search_vector) ' +
            'SELECT id, document_id, span_id, kind, view, speaker_name, speaker_key, speaker_surname, speaker_given, terms, trace_terms, ' +
            "wording_hash, group_id, to_tsvector('simple', search) FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], " +
            '$5::jsonb[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::bigint[], $13::bigint[], $14::text[]) ' +
            'AS t(id, document_id, span_id, kind, view, speaker_name, speaker_key, speaker_surname, speaker_given, terms, trace_terms, ' +
            'wording_hash, group_id, search)',
          [
            quoteRows.map((row) => row.rowId),
            quoteRows.map((row) => row.documentRowId),
            quoteRows.map((row) => row.quote.spanId),
            quoteRows.map((row) => row.quote.kind),
            quoteRows.map((row) => JSON.stringify(row.quote.view)),
            quoteRows.map((row) => row.quote.speakerName),
            quoteRows.map((row) => row.quote.speakerKey),
            quoteRows.map((row) => row.quote.speakerSurname),
            quoteRows.map((row) => row.quote.speakerGiven),
            quoteRows.map((row) => row.quote.terms),
            quoteRows.map((row) => row.quote.traceTerms),
            quoteRows.map((row) => row.quote.wordingHash),
            quoteRows.map((row) => plan.groupOf.get(row.rowId) ?? null),
            quoteRows.map((row) => searchTextOf(row.quote.terms)),
          ],
        );
      }
      if (plan.joins.length > 0) {
        await client.query(
          'UPDATE quotes SET group_id = t.group_id FROM unnest($1::bigint[], $2::bigint[]) AS t(id, group_id) WHERE quotes.id = t.id',
          [plan.joins.map((join) => join.rowId), plan.joins.map((join) => join.groupId)],
        );
      }
      for (const { from, to } of plan.relabels) await client.query('UPDATE quotes SET group_id = $1 WHERE group_id = $2', [to, from]);
      if (plan.removedGroups.length > 0) await client.query('DELETE FROM groups WHERE id = ANY($1::bigint[])', [plan.removedGroups]);
      if (plan.sizes.size > 0) {
        await client.query(
          'INSERT INTO groups (id, size) SELECT * FROM unnest($1::bigint[], $2::int[]) ON CONFLICT (id) DO UPDATE SET size = EXCLUDED.size',
          [[...plan.sizes.keys()], [...plan.sizes.values()]],
        );
      }
      if (plan.newWordings.length > 0) {
        await client.query(
          'INSERT INTO wordings (hash, quote_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING',
          [plan.newWordings.map((wording) => wording.hash), plan.newWordings.map((wording) => wording.rowId)],
        );
      }
      if (plan.newBands.length > 0) {
        await client.query('INSERT INTO bands (key, quote_id) SELECT * FROM unnest($1::bigint[], $2::bigint[]) ON CONFLICT DO NOTHING', [
          plan.newBands.map((band) => band.key),
          plan.newBands.map((band) => band.rowId),
        ]);
      }
      const forms = speakerFormsOf(fresh);
      if (forms.length > 0) {
        await client.query(
          'INSERT INTO speakers (key, name, surname, given, quotes) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[]) ' +
            'ON CONFLICT (key) DO UPDATE SET quotes = speakers.quotes + EXCLUDED.quotes',
          [
            forms.map((form) => form.key),
            forms.map((form) => form.name),
            forms.map((form) => form.surname),
            forms.map((form) => form.given),
            forms.map((form) => form.quotes),
          ],
        );
      }
      await client.query('COMMIT');
      return {
        added: fresh.length,
        skipped: repeats + stored.size,
        quotes: quoteRows.length,
        addedIds: fresh.map((document) => publicIdOf(document.hash)),
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw failure(error, location, 'store documents');
    } finally {
      client.release();
    }
  }

  async function findQuotes<Row extends Record<string, unknown>>(query: QuoteQuery, columns: string): Promise<Row[]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const parameter = (value: unknown): string => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    let order = 'd.published_at ASC NULLS LAST, q.id';
    if (query.words !== undefined) {
      const conjunctions = conjunctionsOf(query.words.terms, 'all');
      if (conjunctions.length === 0) return [];
      conditions.push(`q.search_vector @@ to_tsquery('simple', ${parameter(toTsQuery(conjunctions))})`);
    }
    if (query.order === 'stored') order = 'q.id';
    if (query.order === 'published-desc') order = 'd.published_at DESC NULLS LAST, q.id DESC';
    if (query.speaker !== undefined) {
      const alternatives = [`q.speaker_key = ANY(${parameter(query.speaker.keys)}::text[])`];
      if (query.speaker.surnameKey !== undefined && (query.speaker.surnameDocuments?.length ?? 0) > 0) {
        alternatives.push(
          `(q.speaker_key = ${parameter(query.speaker.surnameKey)} AND q.document_id = ANY(${parameter(query.speaker.surnameDocuments)}::bigint[]))`,
        );
      }
      conditions.push(`(${alternatives.join(' OR ')})`);
    }
    if (query.outlet !== undefined) conditions.push(`d.outlet_key = ${parameter(outletKeyOf(query.outlet) ?? '')}`);
    if (query.since !== undefined) conditions.push(`d.published_at >= ${parameter(query.since)}`);
    if (query.until !== undefined) conditions.push(`d.published_at <= ${parameter(query.until)}`);
    if (query.groupId !== undefined) conditions.push(`q.group_id = ${parameter(query.groupId)}`);
    if (query.rowIds !== undefined) conditions.push(`q.id = ANY(${parameter(query.rowIds)}::bigint[])`);
    if (query.reference !== undefined) {
      conditions.push(`d.public_id = ${parameter(query.reference.documentId)} AND q.span_id = ${parameter(query.reference.spanId)}`);
    }
    const where = conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
    const sql = `SELECT ${columns} FROM quotes q JOIN documents d ON d.id = q.document_id ${where} ORDER BY ${order} LIMIT ${parameter(
      Math.max(0, Math.floor(query.limit)),
    )}`;
    const { rows } = await pool.query<Row>(sql, parameters);
    return rows;
  }

  async function run<T>(action: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw failure(error, location, action);
    }
  }

  return {
    backend: 'postgres',
    location,
    findStoredHashes: (hashes) =>
      run('look up documents', async () => {
        const { rows } = await pool.query<{ hash: string }>('SELECT hash FROM documents WHERE hash = ANY($1::text[])', [hashes]);
        return new Set(rows.map((row) => row.hash));
      }),
    addDocuments,
    findQuotes: (query) =>
      run('search quotes', async () => (await findQuotes<QuoteRow & Record<string, unknown>>(query, QUOTE_COLUMNS)).map(toStoredQuote)),
    findQuoteTerms: (query) =>
      run('search quotes', async () =>
        (await findQuotes<TermsRow & Record<string, unknown>>(query, TERMS_COLUMNS)).map((row) => ({
          rowId: Number(row.row_id),
          terms: row.terms,
          publishedAt: row.published_at,
        })),
      ),
    findTraceCandidates: (probe, limit) =>
      run('look up similar quotes', async () => {
        const { rows } = await pool.query<QuoteRow>(
          `SELECT ${QUOTE_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.id IN (` +
            'SELECT quote_id FROM wordings WHERE hash = ANY($1::bigint[]) UNION SELECT quote_id FROM bands WHERE key = ANY($2::bigint[])) ' +
            'ORDER BY q.id LIMIT $3',
          [probe.wordingHashes, probe.bandKeys, limit],
        );
        return rows.map(toStoredQuote);
      }),
    listGroupMembers: (groupId): Promise<GroupMember[]> =>
      run('read a quote group', async () => {
        const { rows } = await pool.query<MemberRow>(
          `SELECT ${MEMBER_COLUMNS} FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.group_id = $1`,
          [groupId],
        );
        return rows.map(toGroupMember);
      }),
    findSpeakerForms: (filter = {}): Promise<StoredSpeakerForm[]> =>
      run('read speakers', async () => {
        const columns = 'SELECT key, surname, given, name, quotes FROM speakers';
        const { rows } =
          filter.key !== undefined
            ? await pool.query<StoredSpeakerForm>(`${columns} WHERE key = $1`, [filter.key])
            : filter.surname !== undefined
              ? await pool.query<StoredSpeakerForm>(`${columns} WHERE surname = $1 ORDER BY key`, [filter.surname])
              : await pool.query<StoredSpeakerForm>(`${columns} ORDER BY key`);
        return rows;
      }),
    findSpeakerDocuments: (surname, limit) =>
      run('read speakers', async () => {
        const { rows } = await pool.query<{ key: string; document_id: string; quotes: string }>(
          'SELECT speaker_key AS key, document_id, COUNT(*) AS quotes FROM quotes WHERE speaker_surname = $1 ' +
            'GROUP BY speaker_key, document_id ORDER BY document_id LIMIT $2',
          [surname, limit],
        );
        return rows.map((row) => ({ key: row.key, documentRowId: Number(row.document_id), quotes: Number(row.quotes) }));
      }),
    findDocumentSpeakers: (documentRowIds) =>
      run('read speakers', async () => {
        const { rows } = await pool.query<{ document_id: string; speaker_key: string }>(
          'SELECT DISTINCT document_id, speaker_key FROM quotes WHERE document_id = ANY($1::bigint[]) AND speaker_key IS NOT NULL',
          [documentRowIds],
        );
        const result = new Map<number, string[]>();
        for (const row of rows) {
          const id = Number(row.document_id);
          const keys = result.get(id);
          if (keys === undefined) result.set(id, [row.speaker_key]);
          else keys.push(row.speaker_key);
        }
        return result;
      }),
    counts: (): Promise<StoreCounts> =>
      run('count', async () => {
        const { rows } = await pool.query<{ documents: string; quotes: string; groups: string }>(
          'SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM groups) AS groups',
        );
        const row = rows[0]!;
        return { documents: Number(row.documents), quotes: Number(row.quotes), groups: Number(row.groups) };
      }),
    close: () => pool.end(),
  };
}
