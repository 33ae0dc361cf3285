import { HttpResponse, http } from 'msw'
import type { z } from 'zod'
import { type AuditListResponse, AuditQuerySchema, RestoreRequestSchema, type RestoreResponseSchema } from '../../src/contract/observations'
import { restoreFigure } from '../../src/writes/figure-writes'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, refusalResponse, validationResponse } from './errors'
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
  http.post('*/api/audit/:id/restore', async ({ params, request }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    if (user.role !== 'admin') return errorResponse(403, 'forbidden', '需要管理员权限')
    const text = await request.text()
    let json: unknown
    try {
      json = text.trim() === '' ? {} : JSON.parse(text)
    } catch {
      return errorResponse(400, 'invalid_json', '撤销请求不是有效的 JSON')
    }
    const parsed = RestoreRequestSchema.safeParse(json)
    if (!parsed.success) return validationResponse(parsed.error, '撤销请求')
    const result = await restoreFigure(mockDb.figures, {
      actor: user.username,
      auditId: String(params.id),
      expectedVersion: parsed.data.expectedVersion,
    })
    if (!result.ok) return refusalResponse(result)
    emitMockChange(result.event)
    return HttpResponse.json<z.infer<typeof RestoreResponseSchema>>({ observation: result.observation })
  }),
]
