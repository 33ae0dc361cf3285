import type { StoredObservation } from '../../src/api/schemas/targets'
import type { TargetDefinition } from '../../src/domain/target'
import type { Database, Queryable } from '../db/database'

interface ObservationRow {
  target_id: string
  month: string
  value: number
  ytd_amount: number | null
  note: string | null
  updated_by: string
  updated_at: Date | string
  version: number
}

const toObservation = (r: ObservationRow): StoredObservation => ({
  targetId: r.target_id,
  month: r.month,
  value: r.value,
  ...(r.ytd_amount === null ? {} : { ytdAmount: r.ytd_amount }),
  ...(r.note === null ? {} : { note: r.note }),
  updatedBy: r.updated_by,
  updatedAt: new Date(r.updated_at).toISOString(),
  version: r.version,
})

const OBSERVATION_COLUMNS = 'target_id, month, value, ytd_amount, note, updated_by, updated_at, version'

/**
 * Writes the catalog into the database on every start: definitions follow the code (a corrected
 * quote or threshold lands on restart); observations are never touched.
 */
export async function seedCatalog(db: Database, year: number, title: string, targets: TargetDefinition[]) {
  await db.transaction(async (tx) => {
    await tx.query('insert into plan_years (year, title) values ($1, $2) on conflict (year) do update set title = excluded.title', [
      year,
      title,
    ])
    for (const [position, t] of targets.entries()) {
      await tx.query(
        `insert into targets (year, id, position, definition) values ($1, $2, $3, $4)
         on conflict (year, id) do update set position = excluded.position, definition = excluded.definition`,
        [year, t.id, position, JSON.stringify(t)],
      )
    }
  })
}

export async function listPlanYears(db: Queryable): Promise<{ year: number; title: string }[]> {
  return db.query('select year, title from plan_years order by year')
}

export async function listTargets(db: Queryable, year: number): Promise<TargetDefinition[]> {
  const rows = await db.query<{ definition: TargetDefinition | string }>(
    'select definition from targets where year = $1 order by position',
    [year],
  )
  return rows.map((r) => (typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition))
}

export async function listObservations(db: Queryable, year: number, targetId?: string): Promise<StoredObservation[]> {
  const rows = await db.query<ObservationRow>(
    `select ${OBSERVATION_COLUMNS} from observations where year = $1 and ($2::text is null or target_id = $2) order by target_id, month`,
    [year, targetId ?? null],
  )
  return rows.map(toObservation)
}

export async function getObservation(db: Queryable, year: number, targetId: string, month: string): Promise<StoredObservation | undefined> {
  const [row] = await db.query<ObservationRow>(
    `select ${OBSERVATION_COLUMNS} from observations where year = $1 and target_id = $2 and month = $3`,
    [year, targetId, month],
  )
  return row && toObservation(row)
}
