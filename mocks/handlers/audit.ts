import { HttpResponse, http } from 'msw'
import type { z } from 'zod'
import { type AuditListResponse, AuditQuerySchema, RestoreRequestSchema, type RestoreResponseSchema } from '../../src/contract/observations'
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
    const entry = mockDb.auditEntries().find((e) => e.id === Number(params.id))
    const current = entry && (mockDb.observations(entry.year).find((o) => o.targetId === entry.targetId && o.month === entry.month) ?? null)
    if (entry && parsed.data.expectedVersion !== undefined && (current?.version ?? null) !== parsed.data.expectedVersion) {
      return HttpResponse.json(
        { error: { code: 'conflict', message: '此数据在你查看之后已被修改，请核对最新数值后再决定是否撤销' }, current },
        { status: 409 },
      )
    }
    const result = mockDb.restore(Number(params.id), user.username)
    if (!result?.ok) return errorResponse(404, 'not_found', `没有编号为 ${String(params.id)} 的修改记录`)
    const restore = mockDb.auditEntries()[0]
    if (restore)
      emitMockChange({
        type: 'observation',
        year: restore.year,
        targetId: restore.targetId,
        month: restore.month,
        version: result.observation?.version ?? null,
        at: restore.at,
      })
    return HttpResponse.json<z.infer<typeof RestoreResponseSchema>>({ observation: result.observation })
  }),
]
