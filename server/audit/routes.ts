import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import type { z } from 'zod'
import {
  type AuditListResponse,
  AuditListResponseSchema,
  AuditQuerySchema,
  ConflictBodySchema,
  RestoreRequestSchema,
  RestoreResponseSchema,
} from '../../src/contract/observations'
import { restoreFigure } from '../../src/writes/figure-writes'
import { adminOnly, requireAdmin, signedIn } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { ADMIN_ONLY, answer, refusal, SIGNED_IN } from '../http/describe'
import { refusalError } from '../http/errors'
import { jsonBody, queryParams } from '../http/validate'
import { sqlFigureStorage } from '../observations/sql-store'
import { listAudit } from './repository'

/** GET /api/audit: who changed which figure, when, from what to what. POST /{id}/restore: put it back. */
export function auditRoutes({ db, events }: AppDeps) {
  const figures = sqlFigureStorage(db)
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        tags: ['修改记录'],
        summary: '修改记录（最新在前；before 翻页）',
        responses: { 200: answer(AuditListResponseSchema, '修改记录'), ...SIGNED_IN },
      }),
      signedIn,
      queryParams(AuditQuerySchema),
      async (c) => {
        const body: AuditListResponse = { entries: await listAudit(db, c.req.valid('query')) }
        return c.json(body)
      },
    )
    .post(
      '/:id/restore',
      describeRoute({
        tags: ['修改记录'],
        summary: '撤销一条修改：恢复为它之前的值（管理员）',
        description: '可附 expectedVersion（此刻所见的版本，null 为无数据）；数据在此之后已被改动则答 409，不覆盖。',
        responses: {
          200: answer(RestoreResponseSchema, '已恢复'),
          ...ADMIN_ONLY,
          404: refusal('没有这条修改记录'),
          409: answer(ConflictBodySchema, '数据已被改动，附当前数据'),
        },
      }),
      adminOnly,
      jsonBody(RestoreRequestSchema, '撤销请求'),
      async (c) => {
        const admin = requireAdmin(c)
        const { expectedVersion } = c.req.valid('json')
        const result = await restoreFigure(figures, { actor: admin.username, auditId: c.req.param('id'), expectedVersion })
        if (!result.ok) throw refusalError(result)
        await events.publish(result.event)
        const body: z.infer<typeof RestoreResponseSchema> = { observation: result.observation }
        return c.json(body)
      },
    )
}
