import { HttpResponse, http } from 'msw'
import { ImportRequestSchema, type ImportResponse } from '../../src/contract/import'
import { toImportResponse } from '../../src/contract/import-response'
import { planImport } from '../../src/domain/import-plan'
import { parseMonth } from '../../src/domain/periods'
import { canEdit } from '../../src/domain/permissions'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, validationResponse } from './errors'
import { emitMockChange } from './events'

/** The same plan (src/domain/import-plan.ts) and answers as server/import/routes.ts. */
export const importHandlers = [
  http.post('*/api/import/observations', async ({ request }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const json = await request.json().catch(() => Symbol.for('invalid'))
    if (json === Symbol.for('invalid')) return errorResponse(400, 'invalid_json', '导入数据不是有效的 JSON')
    const parsed = ImportRequestSchema.safeParse(json)
    if (!parsed.success) return validationResponse(parsed.error, '导入数据')
    const { rows, dryRun = false } = parsed.data
    const planned = planImport(
      rows,
      (year, id) => mockDb.targets(year).find((t) => t.id === id),
      (t, month) => mockDb.observations(t.year).find((o) => o.targetId === t.id && o.month === month) ?? null,
      (t) => canEdit(user, t),
    )
    if (!dryRun) {
      for (const p of planned) {
        if (p.outcome !== 'create' && p.outcome !== 'update') continue
        const { targetId, month } = p.row
        const key = { year: parseMonth(month).year, targetId, month }
        const result = p.input && mockDb.save(key, p.input, p.previous?.version, user.username)
        if (!result) continue
        // Changed since it was read: refuse this row, as the server does.
        if (!result.ok) Object.assign(p, { outcome: 'error', message: `第${p.row.line}行：保存时该数据已被他人修改，请重新预览` })
        else emitMockChange({ type: 'observation', ...key, version: result.observation?.version ?? null, at: new Date().toISOString() })
      }
    }
    return HttpResponse.json<ImportResponse>(toImportResponse(planned, dryRun))
  }),
]
