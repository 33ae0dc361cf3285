import { HttpResponse, http } from 'msw'
import { ImportRequestSchema, type ImportResponse } from '../../src/contract/import'
import { importFigures } from '../../src/writes/import-figures'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse } from './errors'
import { emitMockChange } from './events'
import { readBody } from './read-request'

/** The same answers as server/import/routes.ts: both go through src/writes. */
export const importHandlers = [
  http.post('*/api/import/observations', async ({ request }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const body = await readBody(request, ImportRequestSchema, '导入数据')
    if (body instanceof Response) return body
    const { response, events } = await importFigures(mockDb.figures, { user, request: body })
    for (const event of events) emitMockChange(event)
    return HttpResponse.json<ImportResponse>(response)
  }),
]
