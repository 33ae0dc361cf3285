import { HttpResponse, http } from 'msw'
import type { z } from 'zod'
import { type AuditListResponse, AuditQuerySchema, RestoreRequestSchema, type RestoreResponseSchema } from '../../src/contract/observations'
import { restoreFigure } from '../../src/writes/figure-writes'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, refusalResponse } from './errors'
import { emitMockChange } from './events'
import { readBody, readQuery } from './read-request'

/** The same answers as server/audit/routes.ts, over the mock's in-memory audit list. */
export const auditHandlers = [
  http.get('*/api/audit', ({ request }) => {
    if (!currentMockUser()) return errorResponse(401, 'unauthenticated', '请先登录')
    const q = readQuery(request.url, AuditQuerySchema)
    if (q instanceof Response) return q
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
    const body = await readBody(request, RestoreRequestSchema, '撤销请求')
    if (body instanceof Response) return body
    const result = await restoreFigure(mockDb.figures, {
      actor: user.username,
      auditId: String(params.id),
      expectedVersion: body.expectedVersion,
    })
    if (!result.ok) return refusalResponse(result)
    emitMockChange(result.event)
    return HttpResponse.json<z.infer<typeof RestoreResponseSchema>>({ observation: result.observation })
  }),
]
