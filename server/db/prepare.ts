import { loadCatalog, PLAN_YEARS, publishedFigures } from '../../src/catalog/catalog'
import { seedPublished } from '../published/seed'
import { seedCatalog } from '../targets/repository'
import type { Database } from './database'
import { migrate } from './migrations'

/** Migrates the schema, writes every plan year's catalog and its 公开数据: run on each start, idempotent. */
export async function prepareDatabase(db: Database): Promise<void> {
  await migrate(db)
  for (const year of PLAN_YEARS) {
    await seedCatalog(db, year, `${year}年国民经济和社会发展主要目标`, loadCatalog(year))
    await seedPublished(db, year, publishedFigures(year))
  }
}
