// The subset of pg 8 the PostgreSQL store uses, so the project needs no @types package.
declare module 'pg' {
  interface QueryResult<Row> {
    rows: Row[];
    rowCount: number | null;
  }
  interface Queryable {
    query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
  }
  interface PoolClient extends Queryable {
    release(error?: Error | boolean): void;
  }
  interface PoolConfig {
    connectionString?: string;
    max?: number;
    idleTimeoutMillis?: number;
    connectionTimeoutMillis?: number;
    options?: string;
    application_name?: string;
  }
  class Pool implements Queryable {
    constructor(config?: PoolConfig);
    query<Row = Record<string, unknown>>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  const pg: { Pool: typeof Pool };
  export default pg;
  export { Pool, PoolClient, PoolConfig, QueryResult, Queryable };
}
