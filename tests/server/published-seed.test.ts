import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/database'
import { prepareDatabase } from '../../server/db/prepare'
import { listObservations } from '../../server/observations/repository'
import { PUBLISHED_ACTOR } from '../../src/catalog/published-figures'
import { openTestDatabase } from '../support/test-app'

const key = { year: 2025, targetId: 'yellow-river-projects', month: '2025-10' }
const row = async (db: Database) => (await listObservations(db, 2025, key.targetId)).find((o) => o.month === key.month)

describe('公开数据 seeded on start', () => {
  let db: Database
  beforeAll(async () => {
    db = await openTestDatabase()
  })
  afterAll(() => db.close())

  it('puts 39 of 44 into a fresh database, audited, dated by its document', async () => {
    expect(await row(db)).toMatchObject({ value: 39, updatedBy: PUBLISHED_ACTOR, version: 1 })
    expect((await row(db))?.updatedAt.slice(0, 10)).toBe('2025-10-21') // 22 October in China is the 21st at 16:00 UTC
    const audit = await db.query<{ actor: string }>('select actor from audit_log where target_id = $1 and month = $2', [
      key.targetId,
      key.month,
    ])
    expect(audit.map((a) => a.actor)).toEqual([PUBLISHED_ACTOR])
  })

  it('never overwrites a staff correction on the next start', async () => {
    await db.query("update observations set value = 40, updated_by = 'staff', version = 2 where target_id = $1 and month = $2", [
      key.targetId,
      key.month,
    ])
    await db.query(
      "insert into audit_log (actor, action, year, target_id, month, old_value, new_value) values ('staff', 'observation.put', 2025, $1, $2, null, null)",
      [key.targetId, key.month],
    )
    await prepareDatabase(db)
    expect(await row(db)).toMatchObject({ value: 40, updatedBy: 'staff', version: 2 })
  })

  it('does not bring back a figure deleted on purpose', async () => {
    await db.query('delete from observations where target_id = $1 and month = $2', [key.targetId, key.month])
    await prepareDatabase(db)
    expect(await row(db)).toBeUndefined()
  })
})
