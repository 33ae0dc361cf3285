import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/database'
import { writeObservation } from '../../server/observations/repository'
import { listTargets, seedCatalog } from '../../server/targets/repository'
import { loadCatalog } from '../../src/catalog/catalog'
import { openTestDatabase } from '../support/test-app'

describe('seeding the catalog on every start', () => {
  let db: Database
  beforeAll(async () => {
    db = await openTestDatabase()
  })
  afterAll(() => db.close())

  it('retires a target taken out of the catalog, keeps its figures, and brings it back when it returns', async () => {
    const catalog = loadCatalog(2025)
    await db.transaction((tx) =>
      writeObservation(tx, { year: 2025, targetId: 'afforestation', month: '2025-10' }, { value: 20 }, 'test', null),
    )
    await seedCatalog(
      db,
      2025,
      '2025',
      catalog.filter((t) => t.id !== 'afforestation'),
    )
    expect((await listTargets(db, 2025)).map((t) => t.id)).not.toContain('afforestation')
    const [kept] = await db.query<{ n: number }>("select count(*)::int as n from observations where target_id = 'afforestation'")
    expect(kept?.n).toBe(1)
    await seedCatalog(db, 2025, '2025', catalog)
    expect((await listTargets(db, 2025)).map((t) => t.id)).toContain('afforestation')
  })
})
