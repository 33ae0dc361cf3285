import type { z } from 'zod'
import type { ObservationValueSchema } from '../../src/contract/observations'
import type { StoredObservation } from '../../src/contract/targets'
import { appendAudit } from '../audit/repository'
import type { Queryable } from '../db/database'

type ObservationValue = z.infer<typeof ObservationValueSchema>

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

export const valueFields = (o: StoredObservation | ObservationValue): ObservationValue => ({
  value: o.value,
  ...(o.ytdAmount === undefined ? {} : { ytdAmount: o.ytdAmount }),
  ...(o.note === undefined ? {} : { note: o.note }),
})

export async function listObservations(db: Queryable, year: number, targetId?: string): Promise<StoredObservation[]> {
  const rows = await db.query<ObservationRow>(
    `select ${COLUMNS} from observations where year = $1 and ($2::text is null or target_id = $2) order by target_id, month`,
    [year, targetId ?? null],
  )
  return rows.map(toObservation)
}

export async function getObservation(db: Queryable, year: number, targetId: string, month: string, lock = false) {
  const [row] = await db.query<ObservationRow>(
    `select ${COLUMNS} from observations where year = $1 and target_id = $2 and month = $3${lock ? ' for update' : ''}`,
    [year, targetId, month],
  )
  return row ? toObservation(row) : null
}

export interface Key {
  year: number
  targetId: string
  month: string
}

/** The outcome of a versioned write: the saved figure, or a conflict with the figure as it stands. */
export type WriteResult =
  | { ok: true; observation: StoredObservation | null; created: boolean }
  | { ok: false; current: StoredObservation | null }

/**
 * Saves a figure if `expectedVersion` matches what is stored (undefined: nothing is stored yet).
 * The audit entry is written in the same transaction, so no change goes unrecorded.
 */
export async function saveObservation(
  tx: Queryable,
  key: Key,
  input: ObservationValue,
  expectedVersion: number | undefined,
  actor: string,
  action: 'observation.put' | 'observation.restore' = 'observation.put',
): Promise<WriteResult> {
  const current = await getObservation(tx, key.year, key.targetId, key.month, true)
  if ((current?.version ?? undefined) !== expectedVersion) return { ok: false, current }
  const params = [key.year, key.targetId, key.month, input.value, input.ytdAmount ?? null, input.note ?? null, actor]
  const [row] = current
    ? await tx.query<ObservationRow>(
        `update observations set value = $4, ytd_amount = $5, note = $6, updated_by = $7, updated_at = now(), version = version + 1
         where year = $1 and target_id = $2 and month = $3 returning ${COLUMNS}`,
        params,
      )
    : // A concurrent insert of the same month makes this return nothing: that is a conflict too.
      await tx.query<ObservationRow>(
        `insert into observations (year, target_id, month, value, ytd_amount, note, updated_by) values ($1, $2, $3, $4, $5, $6, $7)
         on conflict (year, target_id, month) do nothing returning ${COLUMNS}`,
        params,
      )
  if (!row) return { ok: false, current: await getObservation(tx, key.year, key.targetId, key.month) }
  await appendAudit(tx, { actor, action, ...key, oldValue: current && valueFields(current), newValue: input })
  return { ok: true, observation: toObservation(row), created: !current }
}

/** Deletes a figure if `expectedVersion` (when given) still matches; audited like a save. */
export async function deleteObservation(
  tx: Queryable,
  key: Key,
  expectedVersion: number | undefined,
  actor: string,
  action: 'observation.delete' | 'observation.restore' = 'observation.delete',
): Promise<WriteResult> {
  const current = await getObservation(tx, key.year, key.targetId, key.month, true)
  if (!current || (expectedVersion !== undefined && current.version !== expectedVersion)) return { ok: false, current }
  await tx.query('delete from observations where year = $1 and target_id = $2 and month = $3', [key.year, key.targetId, key.month])
  await appendAudit(tx, { actor, action, ...key, oldValue: valueFields(current), newValue: null })
  return { ok: true, observation: null, created: false }
}
