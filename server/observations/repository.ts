import type { StoredObservation } from '../../src/contract/targets'
import type { FigureKey, FigureValue } from '../../src/writes/figure-store'
import type { Queryable } from '../db/database'

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

const COLUMNS = 'target_id, month, value, ytd_amount, note, updated_by, updated_at, version'

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

export async function listObservations(db: Queryable, year: number, targetId?: string): Promise<StoredObservation[]> {
  const rows = await db.query<ObservationRow>(
    `select ${COLUMNS} from observations where year = $1 and ($2::text is null or target_id = $2) order by target_id, month`,
    [year, targetId ?? null],
  )
  return rows.map(toObservation)
}

/** The stored figure, locked (`for update`) until the transaction ends. */
export async function lockObservation(tx: Queryable, key: FigureKey): Promise<StoredObservation | null> {
  const [row] = await tx.query<ObservationRow>(
    `select ${COLUMNS} from observations where year = $1 and target_id = $2 and month = $3 for update`,
    [key.year, key.targetId, key.month],
  )
  return row ? toObservation(row) : null
}

/**
 * Version 1 when `current` is null, else the version after it if that is still the stored one.
 * Null when it is not: a concurrent insert of the same month, or a changed version.
 */
export async function writeObservation(
  tx: Queryable,
  key: FigureKey,
  value: FigureValue,
  actor: string,
  current: StoredObservation | null,
): Promise<StoredObservation | null> {
  const params = [key.year, key.targetId, key.month, value.value, value.ytdAmount ?? null, value.note ?? null, actor]
  const [row] = current
    ? await tx.query<ObservationRow>(
        `update observations set value = $4, ytd_amount = $5, note = $6, updated_by = $7, updated_at = now(), version = version + 1
         where year = $1 and target_id = $2 and month = $3 and version = $8 returning ${COLUMNS}`,
        [...params, current.version],
      )
    : await tx.query<ObservationRow>(
        `insert into observations (year, target_id, month, value, ytd_amount, note, updated_by) values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (year, target_id, month) do nothing returning ${COLUMNS}`,
        params,
      )
  return row ? toObservation(row) : null
}

export async function deleteObservation(tx: Queryable, key: FigureKey): Promise<void> {
  await tx.query('delete from observations where year = $1 and target_id = $2 and month = $3', [key.year, key.targetId, key.month])
}
