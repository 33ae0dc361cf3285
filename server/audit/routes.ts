import { Hono } from 'hono'
import type { z } from 'zod'
import { type AuditListResponse, AuditQuerySchema, RestoreRequestSchema, type RestoreResponseSchema } from '../../src/contract/observations'
import { requireAdmin, requireUser } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { HttpError } from '../http/errors'
import { parseJsonBody, parseQuery } from '../http/json-body'
import { deleteObservation, getObservation, saveObservation } from '../observations/repository'
import { getAuditEntry, listAudit } from './repository'

/** GET /api/audit: who changed which figure, when, from what to what. POST /{id}/restore: put it back. */
export function auditRoutes({ db, events }: AppDeps) {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      requireUser(c)
      const body: AuditListResponse = { entries: await listAudit(db, parseQuery(c, AuditQuerySchema)) }
      return c.json(body)
    })
    .post('/:id/restore', async (c) => {
      const admin = requireAdmin(c)
      const param = c.req.param('id')
      const entry = /^\d{1,15}$/.test(param) ? await getAuditEntry(db, Number(param)) : null
      if (!entry) throw new HttpError(404, 'not_found', `没有编号为 ${c.req.param('id')} 的修改记录`)
      const key = { year: entry.year, targetId: entry.targetId, month: entry.month }
      const { expectedVersion } = await parseJsonBody(c, RestoreRequestSchema, '撤销请求', { optional: true })
      // Restores the value the entry replaced (read and written in one transaction), but not over a
      // figure changed since the admin looked, when they said which version they saw.
      const result = await db.transaction(async (tx) => {
        const current = await getObservation(tx, key.year, key.targetId, key.month, true)
        if (expectedVersion !== undefined && (current?.version ?? null) !== expectedVersion) return { ok: false as const, current }
        if (entry.oldValue) return saveObservation(tx, key, entry.oldValue, current?.version, admin.username, 'observation.restore')
        if (!current) return { ok: true as const, observation: null, created: false }
        return deleteObservation(tx, key, current.version, admin.username, 'observation.restore')
      })
      if (!result.ok) {
        throw new HttpError(409, 'conflict', '此数据在你查看之后已被修改，请核对最新数值后再决定是否撤销', undefined, {
          current: result.current,
        })
      }
      await events.publish({ type: 'observation', ...key, version: result.observation?.version ?? null, at: new Date().toISOString() })
      const body: z.infer<typeof RestoreResponseSchema> = { observation: result.observation }
      return c.json(body)
    })
}
