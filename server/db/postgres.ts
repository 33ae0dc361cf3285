import postgres from 'postgres'
import type { Database, Queryable } from './database'

type Sql = postgres.Sql | postgres.TransactionSql

/** A served PostgreSQL, for deployments with several API instances behind a load balancer. */
export function openPostgres(url: string): Database & { sql: postgres.Sql } {
  const sql = postgres(url, { max: 10, onnotice: () => {} })
  const wrap = (q: Sql): Queryable => ({
    async query<T extends object>(text: string, params: unknown[] = []) {
      return (await q.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[]
    },
  })
  return {
    kind: 'postgres',
    sql,
    ...wrap(sql),
    transaction: (fn) => sql.begin((tx) => fn(wrap(tx))) as never,
    exec: async (text) => {
      await sql.unsafe(text)
    },
    close: () => sql.end({ timeout: 5 }),
  }
}
