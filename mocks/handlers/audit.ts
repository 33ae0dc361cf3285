import { HttpResponse, http } from 'msw'
import type { z } from 'zod'
import { type AuditListResponse, AuditQuerySchema, type RestoreResponseSchema } from '../../src/api/schemas/observations'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, validationResponse } from './errors'
import { emitMockChange } from './events'

/** The same answers as server/audit/routes.ts, over the mock's in-memory audit list. */
export const auditHandlers = [
  http.get('*/api/audit', ({ request }) => {
    if (!currentMockUser()) return errorResponse(401, 'unauthenticated', '请先登录')
    const parsed = AuditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
    if (!parsed.success) return validationResponse(parsed.error, '查询参数')
    const q = parsed.data
    const entries = mockDb
      .auditEntries()
      .filter(
        (e) =>
          (q.year === undefined || e.year === q.year) &&
          (q.targetId === undefined || e.targetId === q.targetId) &&
          (q.month === undefined || e.month === q.month) &&
          (q.actor === undefined || e.actor === q.actor) &&
          (q.before === undefined || e.id < q.before),
      )
      .slice(0, q.limit)
    return HttpResponse.json<AuditListResponse>({ entries })
  }),
  http.post('*/api/audit/:id/restore', ({ params }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    if (user.role !== 'admin') return errorResponse(403, 'forbidden', '需要管理员权限')
    const result = mockDb.restore(Number(params.id), user.username)
    if (!result?.ok) return errorResponse(404, 'not_found', `没有编号为 ${String(params.id)} 的修改记录`)
    const entry = mockDb.auditEntries()[0]
    if (entry)
      emitMockChange({
        type: 'observation',
        year: entry.year,
        targetId: entry.targetId,
        month: entry.month,
        version: result.observation?.version ?? null,
        at: entry.at,
      })
    return HttpResponse.json<z.infer<typeof RestoreResponseSchema>>({ observation: result.observation })
  }),
]
