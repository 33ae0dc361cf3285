import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import { ImportRequestSchema, ImportResponseSchema } from '../../src/contract/import'
import { importFigures } from '../../src/writes/import-figures'
import { requireUser, signedIn } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { answer, SIGNED_IN } from '../http/describe'
import { jsonBody } from '../http/validate'
import { sqlFigureStorage } from '../observations/sql-store'

/** POST /api/import/observations: preview or import spreadsheet rows (src/writes/import-figures.ts). */
export function importRoutes({ db, events }: AppDeps) {
  const figures = sqlFigureStorage(db)
  return new Hono<AppEnv>().post(
    '/observations',
    describeRoute({
      tags: ['导入'],
      summary: '导入多行数据：dryRun 只预览；否则有效行一并保存，无效行逐行说明原因',
      responses: { 200: answer(ImportResponseSchema, '逐行结果与计数'), ...SIGNED_IN },
    }),
    signedIn,
    jsonBody(ImportRequestSchema, '导入数据'),
    async (c) => {
      const { response, events: changes } = await importFigures(figures, { user: requireUser(c), request: c.req.valid('json') })
      for (const event of changes) await events.publish(event)
      return c.json(response)
    },
  )
}
