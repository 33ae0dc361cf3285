import type { ChangeEvent } from '../contract/events'
import type { ImportRequest, ImportResponse } from '../contract/import'
import { toImportResponse } from '../contract/import-response'
import type { StoredObservation } from '../contract/targets'
import { planImport } from '../domain/import-plan'
import { isMonthString, parseMonth } from '../domain/periods'
import { type AuthUser, canEdit } from '../domain/permissions'
import type { TargetDefinition } from '../domain/target'
import { figureChanged } from './change-event'
import type { FigureStorage } from './figure-store'
import { putFigure } from './figure-writes'

/**
 * POST /api/import/observations: every row checked by the same rules as a single entry
 * (src/domain/import-plan.ts). A dry run only says what would happen; otherwise the valid rows are
 * saved in one unit of work, each audited, and a row changed by someone since it was read is
 * refused while the others are kept.
 */
export function importFigures(
  storage: FigureStorage,
  { user, request }: { user: AuthUser; request: ImportRequest },
): Promise<{ response: ImportResponse; events: ChangeEvent[] }> {
  const { rows, dryRun = false } = request
  return storage.transaction(async (store) => {
    // A month's own plan year, and the next one whose baseline series (上年同期) it may be.
    const years = [
      ...new Set(rows.filter((r) => isMonthString(r.month)).flatMap((r) => [parseMonth(r.month).year, parseMonth(r.month).year + 1])),
    ]
    const targets = new Map<string, TargetDefinition>()
    const stored = new Map<string, StoredObservation>()
    for (const year of years) {
      for (const t of await store.targets(year)) targets.set(`${year}/${t.id}`, t)
      for (const o of await store.figures(year)) stored.set(`${o.targetId}/${o.month}`, o)
    }
    const planned = planImport(
      rows,
      (year, id) => targets.get(`${year}/${id}`),
      (t, month) => stored.get(`${t.id}/${month}`) ?? null,
      (t) => canEdit(user, t),
    )
    const events: ChangeEvent[] = []
    if (dryRun) return { response: toImportResponse(planned, dryRun), events }
    const at = new Date()
    for (const p of planned) {
      if ((p.outcome !== 'create' && p.outcome !== 'update') || !p.input || !p.target) continue
      const key = { year: p.target.year, targetId: p.row.targetId, month: p.row.month }
      const written = await putFigure(store, key, p.input, p.previous?.version, user.username)
      if (written.ok) events.push(figureChanged(key, written.observation.version, at))
      else Object.assign(p, { outcome: 'error', message: `第${p.row.line}行：保存时该数据已被他人修改，请重新预览` })
    }
    return { response: toImportResponse(planned, dryRun), events }
  })
}
