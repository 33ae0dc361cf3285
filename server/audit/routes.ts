import { Hono } from 'hono'
import type { z } from 'zod'
import { type AuditListResponse, AuditQuerySchema, RestoreRequestSchema, type RestoreResponseSchema } from '../../src/contract/observations'
import { restoreFigure } from '../../src/writes/figure-writes'
import { requireAdmin, requireUser } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { refusalError } from '../http/errors'
import { parseJsonBody, parseQuery } from '../http/json-body'
import { sqlFigureStorage } from '../observations/sql-store'
import { listAudit } from './repository'

/** GET /api/audit: who changed which figure, when, from what to what. POST /{id}/restore: put it back. */
export function auditRoutes({ db, events }: AppDeps) {
  const figures = sqlFigureStorage(db)
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      requireUser(c)
      const body: AuditListResponse = { entries: await listAudit(db, parseQuery(c, AuditQuerySchema)) }
      return c.json(body)
    })
    .post('/:id/restore', async (c) => {
      const admin = requireAdmin(c)
      const { expectedVersion } = await parseJsonBody(c, RestoreRequestSchema, '撤销请求', { optional: true })
      const result = await restoreFigure(figures, { actor: admin.username, auditId: c.req.param('id'), expectedVersion })
      if (!result.ok) throw refusalError(result)
      await events.publish(result.event)
      const body: z.infer<typeof RestoreResponseSchema> = { observation: result.observation }
      return c.json(body)
    })
}
