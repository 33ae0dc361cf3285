import { Hono } from 'hono'
import { ImportRequestSchema } from '../../src/contract/import'
import { toImportResponse } from '../../src/contract/import-response'
import type { StoredObservation } from '../../src/contract/targets'
import { planImport } from '../../src/domain/import-plan'
import { isMonthString, parseMonth } from '../../src/domain/periods'
import { canEdit } from '../../src/domain/permissions'
import type { TargetDefinition } from '../../src/domain/target'
import { requireUser } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { parseJsonBody } from '../http/json-body'
import { listObservations, saveObservation } from '../observations/repository'
import { listTargets } from '../targets/repository'

/**
 * POST /api/import/observations: rows of a spreadsheet, each checked by the same rules as a single
 * entry. A dry run says what would happen; otherwise every valid row is saved in one transaction
 * (audited like any edit) and every refused row comes back with its reason, so none is lost.
 */
export function importRoutes({ db, events }: AppDeps) {
  return new Hono<AppEnv>().post('/observations', async (c) => {
    const user = requireUser(c)
    const { rows, dryRun = false } = await parseJsonBody(c, ImportRequestSchema, '导入数据')
    const years = [...new Set(rows.filter((r) => isMonthString(r.month)).map((r) => parseMonth(r.month).year))]
    const targets = new Map<string, TargetDefinition>()
    const stored = new Map<string, StoredObservation>()
    for (const year of years) {
      for (const t of await listTargets(db, year)) targets.set(`${year}/${t.id}`, t)
      for (const o of await listObservations(db, year)) stored.set(`${o.targetId}/${o.month}`, o)
    }
    const planned = planImport(
      rows,
      (year, id) => targets.get(`${year}/${id}`),
      (t, month) => stored.get(`${t.id}/${month}`) ?? null,
      (t) => canEdit(user, t),
    )

    if (!dryRun) {
      const writes = planned.filter((p) => p.outcome === 'create' || p.outcome === 'update')
      const saved: StoredObservation[] = []
      await db.transaction(async (tx) => {
        for (const p of writes) {
          const { targetId, month } = p.row
          const key = { year: parseMonth(month).year, targetId, month }
          const result = p.input && (await saveObservation(tx, key, p.input, p.previous?.version, user.username))
          if (!result) continue
          // Changed by someone else since it was read: refuse this row, keep the others.
          if (!result.ok) Object.assign(p, { outcome: 'error', message: `第${p.row.line}行：保存时该数据已被他人修改，请重新预览` })
          else if (result.observation) saved.push(result.observation)
        }
      })
      const at = new Date().toISOString()
      for (const o of saved) {
        await events.publish({
          type: 'observation',
          year: parseMonth(o.month).year,
          targetId: o.targetId,
          month: o.month,
          version: o.version,
          at,
        })
      }
    }
    return c.json(toImportResponse(planned, dryRun))
  })
}
