import { Hono } from 'hono'
import { DeleteObservationQuerySchema, PutObservationBodySchema } from '../../src/contract/observations'
import { deleteFigure, saveFigure } from '../../src/writes/figure-writes'
import { requireUser } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { refusalError } from '../http/errors'
import { parseJsonBody, parseQuery } from '../http/json-body'
import { sqlFigureStorage } from './sql-store'

/** PUT and DELETE /api/targets/{id}/observations/{YYYY-MM}: one month's figure, versioned and audited (src/writes). */
export function observationRoutes({ db, events }: AppDeps) {
  const figures = sqlFigureStorage(db)
  return new Hono<AppEnv>()
    .put('/:month', async (c) => {
      const user = requireUser(c)
      const body = await parseJsonBody(c, PutObservationBodySchema)
      const result = await saveFigure(figures, { user, targetId: c.req.param('id') ?? '', month: c.req.param('month'), body })
      if (!result.ok) throw refusalError(result)
      await events.publish(result.event)
      return c.json(result.observation, result.created ? 201 : 200)
    })
    .delete('/:month', async (c) => {
      const user = requireUser(c)
      const { version } = parseQuery(c, DeleteObservationQuerySchema)
      const result = await deleteFigure(figures, { user, targetId: c.req.param('id') ?? '', month: c.req.param('month'), version })
      if (!result.ok) throw refusalError(result)
      await events.publish(result.event)
      return c.body(null, 204)
    })
}
