import { Hono } from 'hono'
import { ImportRequestSchema } from '../../src/contract/import'
import { importFigures } from '../../src/writes/import-figures'
import { requireUser } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { parseJsonBody } from '../http/json-body'
import { sqlFigureStorage } from '../observations/sql-store'

/** POST /api/import/observations: preview or import spreadsheet rows (src/writes/import-figures.ts). */
export function importRoutes({ db, events }: AppDeps) {
  const figures = sqlFigureStorage(db)
  return new Hono<AppEnv>().post('/observations', async (c) => {
    const user = requireUser(c)
    const request = await parseJsonBody(c, ImportRequestSchema, '导入数据')
    const { response, events: changes } = await importFigures(figures, { user, request })
    for (const event of changes) await events.publish(event)
    return c.json(response)
  })
}
