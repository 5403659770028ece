// The subset of better-sqlite3 12 the SQLite store uses (kysely does the same in sqlite-dialect-config.ts),
// so the project needs no @types package.
declare module 'better-sqlite3' {
  namespace Database {
    interface RunResult {
      changes: number;
      lastInsertRowid: number | bigint;
    }
    interface Statement {
      run(...parameters: unknown[]): RunResult;
      get(...parameters: unknown[]): unknown;
      all(...parameters: unknown[]): unknown[];
      iterate(...parameters: unknown[]): IterableIterator<unknown>;
      /** Makes the statement return the first column's value instead of row objects (for good). */
      pluck(toggle?: boolean): this;
    }
    interface Transaction<F extends (...parameters: never[]) => unknown> {
      (...parameters: Parameters<F>): ReturnType<F>;
      immediate(...parameters: Parameters<F>): ReturnType<F>;
    }
    interface Options {
      readonly?: boolean;
      fileMustExist?: boolean;
      timeout?: number;
    }
    interface Database {
      readonly inTransaction: boolean;
      readonly open: boolean;
      prepare(sql: string): Statement;
      exec(sql: string): this;
      pragma(source: string, options?: { simple?: boolean }): unknown;
      transaction<F extends (...parameters: never[]) => unknown>(fn: F): Transaction<F>;
      close(): this;
    }
  }
  const Database: {
    new (filename: string, options?: Database.Options): Database.Database;
  };
  export = Database;
}
