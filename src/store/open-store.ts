/** Opens the corpus a `--db` value names: a postgres:// URL, or a SQLite file path (default ./verbatim.db). */
import { openPostgresStore } from './postgres/postgres-store.js';
import { openSqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

export const DEFAULT_DB_PATH = 'verbatim.db';

export interface OpenStoreOptions {
  /** Refuse to create a missing SQLite file (read-only commands): VBT_STORE_NOT_FOUND. */
  mustExist?: boolean;
  /** PostgreSQL only: the schema to use (also `?schema=` in the URL). */
  schema?: string;
  /** PostgreSQL only: connections in the pool (default 4; the server uses more). */
  maxConnections?: number;
}

export function isPostgresUrl(location: string): boolean {
  return location.startsWith('postgres://') || location.startsWith('postgresql://');
}

/** `--db`, else $VERBATIM_DB, else ./verbatim.db. */
export function defaultStoreLocation(environment: NodeJS.ProcessEnv = process.env): string {
  const fromEnvironment = environment.VERBATIM_DB?.trim();
  return fromEnvironment !== undefined && fromEnvironment.length > 0 ? fromEnvironment : DEFAULT_DB_PATH;
}

/** Takes `schema` out of a PostgreSQL URL's query (pg would send it to the server as a setting). */
export function splitSchema(url: string): { url: string; schema: string | undefined } {
  try {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    if (schema === undefined) return { url, schema };
    parsed.searchParams.delete('schema');
    return { url: parsed.toString(), schema };
  } catch {
    return { url, schema: undefined };
  }
}

/** Help text of the `--db` option every corpus command takes. */
export const DB_OPTION_HELP = 'the corpus: a SQLite file, or a postgres:// URL (default: $VERBATIM_DB, else ./verbatim.db)';

/** Opens the store, runs the work, and closes the store whatever happens. */
export async function withStore<T>(location: string, options: OpenStoreOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(location, options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function openStore(location: string, options: OpenStoreOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) {
    const split = splitSchema(location);
    const schema = options.schema ?? split.schema;
    return openPostgresStore(split.url, {
      ...(schema === undefined ? {} : { schema }),
      ...(options.maxConnections === undefined ? {} : { maxConnections: options.maxConnections }),
    });
  }
  return openSqliteStore(location, { mustExist: options.mustExist === true });
}
