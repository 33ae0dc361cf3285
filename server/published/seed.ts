import type { PublishedFigure } from '../../src/catalog/2025/published'
import { PUBLISHED_ACTOR } from '../../src/catalog/published-figures'
import { appendAudit } from '../audit/repository'
import type { Database } from '../db/database'

/**
 * Seeds 公开数据 as real figures, on every start and idempotently: a figure is written only where
 * nobody has ever touched that target and month (no audit entry), so a staff entry is never
 * overwritten and a figure staff deleted on purpose does not come back. The audit entry written
 * with it records where it came from.
 */
export async function seedPublished(db: Database, year: number, figures: readonly PublishedFigure[]): Promise<void> {
  await db.transaction(async (tx) => {
    for (const f of figures) {
      const key = { year, targetId: f.targetId, month: f.month }
      const touched = await tx.query('select 1 from audit_log where year = $1 and target_id = $2 and month = $3 limit 1', [
        year,
        f.targetId,
        f.month,
      ])
      if (touched.length > 0) continue
      const inserted = await tx.query(
        `insert into observations (year, target_id, month, value, ytd_amount, note, updated_by, updated_at)
         values ($1, $2, $3, $4, $5, null, $6, $7) on conflict (year, target_id, month) do nothing returning version`,
        [year, f.targetId, f.month, f.value, f.ytdAmount ?? null, PUBLISHED_ACTOR, `${f.publishedOn}T00:00:00+08:00`],
      )
      if (inserted.length === 0) continue
      const newValue = { value: f.value, ...(f.ytdAmount === undefined ? {} : { ytdAmount: f.ytdAmount }) }
      await appendAudit(tx, { actor: PUBLISHED_ACTOR, action: 'observation.put', ...key, oldValue: null, newValue })
    }
  })
}
