/**
 * Reads a corpus with plain SQL, bypassing the store, to check what tests of crashes and concurrent
 * writers care about: every document once, every quote once, and groups that agree with their rows.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { isPostgresUrl, splitSchema } from '../../src/store/open-store.js';

export interface CorpusShape {
  /** Document names, sorted. */
  documents: string[];
  /** Documents stored more than once (by hash), and quotes stored more than once (by document and span). */
  duplicateDocuments: number;
  duplicateQuotes: number;
  quotes: number;
  /** Each group as its sorted "document:span" members, groups sorted. */
  partition: string[];
  /** Groups whose recorded size differs from their rows, members pointing to no group, groups with no members. */
  inconsistentGroups: number;
}

const QUERIES = {
  documents: 'SELECT name FROM documents ORDER BY name',
  duplicateDocuments: 'SELECT COUNT(*) - COUNT(DISTINCT hash) AS n FROM documents',
  quotes: 'SELECT COUNT(*) AS n FROM quotes',
  duplicateQuotes: "SELECT COUNT(*) - COUNT(DISTINCT CAST(document_id AS TEXT) || ':' || span_id) AS n FROM quotes",
  members: 'SELECT d.name, q.span_id, q.group_id FROM quotes q JOIN documents d ON d.id = q.document_id WHERE q.group_id IS NOT NULL',
  inconsistent:
    'SELECT (SELECT COUNT(*) FROM groups g WHERE g.size <> (SELECT COUNT(*) FROM quotes q WHERE q.group_id = g.id)) + ' +
    '(SELECT COUNT(*) FROM quotes q WHERE q.group_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM groups g WHERE g.id = q.group_id)) AS n',
};

type Row = Record<string, unknown>;

async function query(location: string): Promise<(sql: string) => Promise<Row[]>> {
  if (!isPostgresUrl(location)) {
    const db = new Database(location, { readonly: true, fileMustExist: true });
    return async (sql) => (sql === '' ? (db.close(), []) : (db.prepare(sql).all() as Row[]));
  }
  const { url, schema } = splitSchema(location);
  const pool = new pg.Pool({ connectionString: url, max: 1, ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }) });
  return async (sql) => (sql === '' ? (await pool.end(), []) : (await pool.query<Row>(sql)).rows);
}

export async function readCorpusShape(location: string): Promise<CorpusShape> {
  const run = await query(location);
  try {
    const number = async (sql: string) => Number((await run(sql))[0]!.n);
    const groups = new Map<string, string[]>();
    for (const row of await run(QUERIES.members)) {
      const key = String(row.group_id);
      const members = groups.get(key) ?? [];
      members.push(`${String(row.name)}:${String(row.span_id)}`);
      groups.set(key, members);
    }
    return {
      documents: (await run(QUERIES.documents)).map((row) => String(row.name)).sort(),
      duplicateDocuments: await number(QUERIES.duplicateDocuments),
      duplicateQuotes: await number(QUERIES.duplicateQuotes),
      quotes: await number(QUERIES.quotes),
      partition: [...groups.values()].map((members) => members.sort().join(' ')).sort(),
      inconsistentGroups: await number(QUERIES.inconsistent),
    };
  } finally {
    await run('');
  }
}

/** Documents stored so far (0 while the corpus does not exist yet); cheap enough to poll. */
export async function countDocuments(location: string): Promise<number> {
  try {
    const run = await query(location);
    try {
      return Number((await run('SELECT COUNT(*) AS n FROM documents'))[0]!.n);
    } finally {
      await run('');
    }
  } catch {
    return 0;
  }
}
