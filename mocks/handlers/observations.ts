import { HttpResponse, http } from 'msw'
import { type ConflictBody, DeleteObservationQuerySchema, PutObservationBodySchema } from '../../src/contract/observations'
import type { StoredObservation } from '../../src/contract/targets'
import { checkObservationInput } from '../../src/domain/observation-input'
import { isMonthString, parseMonth } from '../../src/domain/periods'
import { canEdit } from '../../src/domain/permissions'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, validationResponse } from './errors'
import { emitMockChange } from './events'

const PATH = '*/api/targets/:id/observations/:month'

/** The same checks, in the same order, as server/observations/routes.ts. */
function resolve(params: Record<string, string | readonly string[] | undefined>) {
  const id = String(params.id)
  const month = String(params.month)
  if (!isMonthString(month))
    return errorResponse(400, 'invalid', `月份 (month) 格式应为 YYYY-MM，收到“${month}”`, { month: '格式应为 YYYY-MM' })
  const year = parseMonth(month).year
  const target = mockDb.targets(year).find((t) => t.id === id)
  if (!target) return errorResponse(404, 'not_found', `${year}年没有目标 ${id}`)
  const user = currentMockUser()
  if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
  if (!canEdit(user, target)) return errorResponse(403, 'forbidden', `无权修改该目标（${target.name}）`)
  return { target, user, key: { year, targetId: id, month } }
}

const conflict = (current: StoredObservation | null) =>
  HttpResponse.json<ConflictBody>(
    {
      error: { code: 'conflict', message: current ? '该数据已被他人修改，请核对最新数值后再保存' : '该数据已被他人删除，请核对后再保存' },
      current,
    },
    { status: 409 },
  )

export const observationHandlers = [
  http.put(PATH, async ({ request, params }) => {
    const r = resolve(params)
    if (r instanceof Response) return r
    const json = await request.json().catch(() => Symbol.for('invalid'))
    if (json === Symbol.for('invalid')) return errorResponse(400, 'invalid_json', '请求内容不是有效的 JSON')
    const parsed = PutObservationBodySchema.safeParse(json)
    if (!parsed.success) return validationResponse(parsed.error, '请求内容')
    const problems = checkObservationInput(r.target, r.key.month, parsed.data)
    if (Object.keys(problems).length > 0) {
      return errorResponse(400, 'invalid', `${r.target.name}：${Object.values(problems).join('；')}`, problems as Record<string, string>)
    }
    const { version, ...input } = parsed.data
    const result = mockDb.save(r.key, input, version, r.user.username)
    if (!result.ok) return conflict(result.current)
    emitMockChange({ type: 'observation', ...r.key, version: result.observation?.version ?? null, at: new Date().toISOString() })
    return HttpResponse.json(result.observation, { status: result.created ? 201 : 200 })
  }),
  http.delete(PATH, ({ request, params }) => {
    const r = resolve(params)
    if (r instanceof Response) return r
    const query = DeleteObservationQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
    if (!query.success) return validationResponse(query.error, '查询参数')
    const result = mockDb.remove(r.key, query.data.version, r.user.username)
    if (!result.ok) {
      if (!result.current) return errorResponse(404, 'not_found', `${r.target.name} ${r.key.month} 没有数据`)
      return conflict(result.current)
    }
    emitMockChange({ type: 'observation', ...r.key, version: null, at: new Date().toISOString() })
    return new HttpResponse(null, { status: 204 })
  }),
]
