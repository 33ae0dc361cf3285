import { HttpResponse, http } from 'msw'
import { ImportRequestSchema, type ImportResponse } from '../../src/contract/import'
import { importFigures } from '../../src/writes/import-figures'
import { mockDb } from '../data/db'
import { currentMockUser } from '../data/users'
import { errorResponse, validationResponse } from './errors'
import { emitMockChange } from './events'

/** The same answers as server/import/routes.ts: both go through src/writes. */
export const importHandlers = [
  http.post('*/api/import/observations', async ({ request }) => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const json = await request.json().catch(() => Symbol.for('invalid'))
    if (json === Symbol.for('invalid')) return errorResponse(400, 'invalid_json', '导入数据不是有效的 JSON')
    const parsed = ImportRequestSchema.safeParse(json)
    if (!parsed.success) return validationResponse(parsed.error, '导入数据')
    const { response, events } = await importFigures(mockDb.figures, { user, request: parsed.data })
    for (const event of events) emitMockChange(event)
    return HttpResponse.json<ImportResponse>(response)
  }),
]
