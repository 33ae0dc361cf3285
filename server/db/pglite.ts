import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import type { Database, Queryable } from './database'
import { lockDataDir } from './lock'

/**
 * The embedded default: Postgres in WebAssembly, data under `dataDir/pg`, one process only.
 * Without a directory the database lives in memory (tests).
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const unlock = dataDir ? lockDataDir(dataDir) : () => {}
  let db: PGlite
  try {
    db = await PGlite.create(dataDir ? { dataDir: join(dataDir, 'pg'), relaxedDurability: false } : {})
  } catch (error) {
    unlock()
    throw error
  }
  const wrap = (q: PGlite | Transaction): Queryable => ({
    async query<T extends object>(sql: string, params: unknown[] = []) {
      return (await q.query<T>(sql, params)).rows
    },
  })
  return {
    kind: 'pglite',
    ...wrap(db),
    // PGlite serialises everything through its single connection, so a transaction cannot interleave.
    transaction: (fn) => db.transaction((tx) => fn(wrap(tx))),
    exec: async (sql) => {
      await db.exec(sql)
    },
    close: async () => {
      await db.close()
      unlock()
    },
  }
}
