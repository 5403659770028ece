/**
 * Schema migrations: numbered plain SQL files in migrations/<dialect>/ ("001-corpus.sql"), applied in
 * order, each once, recorded in `schema_migrations`. A database that has a migration this version does
 * not know was written by a newer verbatim: opening it fails rather than guessing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { VerbatimError } from '../errors.js';
import type { StoreBackend } from './store.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const cache = new Map<StoreBackend, Migration[]>();

/** The migrations of a dialect, in order. */
export function listMigrations(dialect: StoreBackend): Migration[] {
  const cached = cache.get(dialect);
  if (cached !== undefined) return cached;
  const directory = new URL(`./migrations/${dialect}/`, import.meta.url);
  let files: string[];
  try {
    files = readdirSync(directory).filter((file) => file.endsWith('.sql'));
  } catch (error) {
    throw new VerbatimError(
      'VBT_STORE_UNAVAILABLE',
      `The ${dialect} migrations are missing (${directory.pathname}): is the package complete?`,
      {
        cause: error,
      },
    );
  }
  const migrations = files
    .map((file) => {
      const version = Number.parseInt(file, 10);
      if (!Number.isInteger(version) || version <= 0) {
        throw new VerbatimError('VBT_INTERNAL_ERROR', `Migration file ${file} does not start with its number`);
      }
      return { version, name: file.slice(0, -4), sql: readFileSync(new URL(file, directory), 'utf8') };
    })
    .sort((first, second) => first.version - second.version);
  cache.set(dialect, migrations);
  return migrations;
}

/** The migrations still to apply to a database at `applied` versions; throws when it is ahead of this code. */
export function pendingMigrations(dialect: StoreBackend, applied: ReadonlySet<number>, location: string): Migration[] {
  const migrations = listMigrations(dialect);
  const known = new Set(migrations.map((migration) => migration.version));
  const unknown = [...applied].filter((version) => !known.has(version));
  if (unknown.length > 0) {
    throw new VerbatimError(
      'VBT_STORE_SCHEMA_NEWER',
      `The corpus at ${location} has schema migration ${unknown.join(', ')}, which this verbatim does not know: upgrade verbatim`,
      { details: { unknown } },
    );
  }
  return migrations.filter((migration) => !applied.has(migration.version));
}
