import type { TargetDefinition } from '../../src/domain/target'
import type { Database, Queryable } from '../db/database'

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
    // Targets no longer in the catalog are retired (their figures are kept); the others are live.
    await tx.query('update targets set retired = not (id = any($2::text[])) where year = $1', [year, targets.map((t) => t.id)])
    for (const [position, t] of targets.entries()) {
      await tx.query(
        `insert into targets (year, id, position, definition) values ($1, $2, $3, $4)
         on conflict (year, id) do update set position = excluded.position, definition = excluded.definition, retired = false`,
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
    'select definition from targets where year = $1 and not retired order by position',
    [year],
  )
  return rows.map((r) => (typeof r.definition === 'string' ? JSON.parse(r.definition) : r.definition))
}

export async function getTarget(db: Queryable, year: number, id: string): Promise<TargetDefinition | null> {
  const [row] = await db.query<{ definition: TargetDefinition | string }>(
    'select definition from targets where year = $1 and id = $2 and not retired',
    [year, id],
  )
  if (!row) return null
  return typeof row.definition === 'string' ? JSON.parse(row.definition) : row.definition
}
