import type { Config } from '../config'
import type { Database } from './database'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'

/** DATABASE_URL selects a served PostgreSQL; otherwise the embedded PGlite under DATA_DIR. */
export function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  return config.databaseUrl ? Promise.resolve(openPostgres(config.databaseUrl)) : openPglite(config.dataDir)
}
