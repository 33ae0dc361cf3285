import { HttpResponse, http } from 'msw'
import { DeleteObservationQuerySchema, PutObservationBodySchema } from '../../src/contract/observations'
import { deleteFigure, saveFigure } from '../../src/writes/figure-writes'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, refusalResponse, validationResponse } from './errors'
import { emitMockChange } from './events'

const PATH = '*/api/targets/:id/observations/:month'

/** The same answers as server/observations/routes.ts: both go through src/writes. */
export const observationHandlers = [
  http.put(PATH, async ({ request, params }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const json = await request.json().catch(() => Symbol.for('invalid'))
    if (json === Symbol.for('invalid')) return errorResponse(400, 'invalid_json', '请求内容不是有效的 JSON')
    const parsed = PutObservationBodySchema.safeParse(json)
    if (!parsed.success) return validationResponse(parsed.error, '请求内容')
    const result = await saveFigure(mockDb.figures, { user, targetId: String(params.id), month: String(params.month), body: parsed.data })
    if (!result.ok) return refusalResponse(result)
    emitMockChange(result.event)
    return HttpResponse.json(result.observation, { status: result.created ? 201 : 200 })
  }),
  http.delete(PATH, async ({ request, params }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const query = DeleteObservationQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams))
    if (!query.success) return validationResponse(query.error, '查询参数')
    const { version } = query.data
    const result = await deleteFigure(mockDb.figures, { user, targetId: String(params.id), month: String(params.month), version })
    if (!result.ok) return refusalResponse(result)
    emitMockChange(result.event)
    return new HttpResponse(null, { status: 204 })
  }),
]
