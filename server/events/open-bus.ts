import type postgres from 'postgres'
import type { Database } from '../db/database'
import type { EventBus } from './bus'
import { createLocalBus } from './local-bus'
import { createPgBus } from './pg-bus'

/**
 * LISTEN/NOTIFY when the database is a served PostgreSQL (several instances may share it), else
 * in-process fan-out (PGlite: one process). openPostgres's result carries its `sql` client.
 */
export async function openEventBus(db: Database & { sql?: postgres.Sql }): Promise<EventBus> {
  if (db.kind !== 'postgres') return createLocalBus()
  if (!db.sql) throw new Error('PostgreSQL 数据库缺少 sql 客户端，无法建立 LISTEN/NOTIFY 事件总线')
  return createPgBus(db.sql)
}
