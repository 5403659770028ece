/**
 * The databases the store suite runs against (STYLE 5, like kysely's DIALECTS loop): SQLite always, in a
 * temporary file; PostgreSQL when VERBATIM_PG_URL is set (.ci/setup-postgres.sh prints one), each
 * test in a fresh schema that is dropped afterwards. Never a mock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open-store.js';
import type { Store, StoreBackend } from '../../src/store/store.js';

export interface TestCorpus {
  store: Store;
  /** What `--db` takes to reach the same corpus from another process. */
  location: string;
  /** Closes the store and deletes the corpus. */
  cleanup(): Promise<void>;
}

export interface TestDatabase {
  name: StoreBackend;
  /** A new, empty corpus. */
  create(): Promise<TestCorpus>;
}

let counter = 0;

function sqliteDatabase(): TestDatabase {
  return {
    name: 'sqlite',
    async create() {
      const directory = mkdtempSync(join(tmpdir(), 'verbatim-store-'));
      const location = join(directory, 'corpus.db');
      const store = await openStore(location);
      return {
        store,
        location,
        async cleanup() {
          await store.close();
          rmSync(directory, { recursive: true, force: true });
        },
      };
    },
  };
}

function postgresDatabase(url: string): TestDatabase {
  return {
    name: 'postgres',
    async create() {
      const schema = `verbatim_test_${process.pid}_${++counter}_${Math.floor(Math.random() * 1e6)}`;
      const location = `${url}${url.includes('?') ? '&' : '?'}schema=${schema}`;
      const store = await openStore(location);
      return {
        store,
        location,
        async cleanup() {
          await store.close();
          const pool = new pg.Pool({ connectionString: url, max: 1 });
          try {
            await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
          } finally {
            await pool.end();
          }
        },
      };
    },
  };
}

/** SQLite, and PostgreSQL when VERBATIM_PG_URL is set. */
export function testDatabases(): TestDatabase[] {
  const url = process.env.VERBATIM_PG_URL?.trim();
  return url === undefined || url.length === 0 ? [sqliteDatabase()] : [sqliteDatabase(), postgresDatabase(url)];
}

/** Runs the CLI from source (never a stale dist/): node with tsx, src/cli/main.ts. */
export const CLI_ARGUMENTS: readonly string[] = [
  '--import',
  new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).pathname,
  new URL('../../src/cli/main.ts', import.meta.url).pathname,
];
