import { HttpResponse, http } from 'msw'
import { DeleteObservationQuerySchema, PutObservationBodySchema } from '../../src/contract/observations'
import { deleteFigure, saveFigure } from '../../src/writes/figure-writes'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, refusalResponse } from './errors'
import { emitMockChange } from './events'
import { readBody, readQuery } from './read-request'

const PATH = '*/api/targets/:id/observations/:month'

/** The same answers as server/observations/routes.ts: both go through src/writes. */
export const observationHandlers = [
  http.put(PATH, async ({ request, params }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const body = await readBody(request, PutObservationBodySchema, '请求内容')
    if (body instanceof Response) return body
    const result = await saveFigure(mockDb.figures, { user, targetId: String(params.id), month: String(params.month), body })
    if (!result.ok) return refusalResponse(result)
    emitMockChange(result.event)
    return HttpResponse.json(result.observation, { status: result.created ? 201 : 200 })
  }),
  http.delete(PATH, async ({ request, params }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const query = readQuery(request.url, DeleteObservationQuerySchema)
    if (query instanceof Response) return query
    const { version } = query
    const result = await deleteFigure(mockDb.figures, { user, targetId: String(params.id), month: String(params.month), version })
    if (!result.ok) return refusalResponse(result)
    emitMockChange(result.event)
    return new HttpResponse(null, { status: 204 })
  }),
]
