/** What the repositories need from a PostgreSQL connection, embedded (PGlite) or served. */
export interface Queryable {
  query<T extends object>(sql: string, params?: unknown[]): Promise<T[]>
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `fn` in one transaction; a throw rolls it back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  /** Several statements at once, for migrations. */
  exec(sql: string): Promise<void>
  close(): Promise<void>
}
