import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import { ConflictBodySchema, DeleteObservationQuerySchema, PutObservationBodySchema } from '../../src/contract/observations'
import { StoredObservationSchema } from '../../src/contract/targets'
import { deleteFigure, saveFigure } from '../../src/writes/figure-writes'
import { requireUser, signedIn } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { answer, empty, refusal, SIGNED_IN } from '../http/describe'
import { refusalError } from '../http/errors'
import { jsonBody, queryParams } from '../http/validate'
import { sqlFigureStorage } from './sql-store'

const pathParameter = (name: string, description: string) =>
  ({ name, in: 'path', required: true, description, schema: { type: 'string' } }) as const

const figure = {
  tags: ['数据录入'],
  parameters: [pathParameter('id', '目标编号，如 urban-jobs'), pathParameter('month', '月份 YYYY-MM（决定计划年度）')],
}
const refusals = { ...SIGNED_IN, 403: refusal('无权修改该目标'), 409: answer(ConflictBodySchema, '版本冲突：他人已先改动，附当前数据') }

/** PUT and DELETE /api/targets/{id}/observations/{YYYY-MM}: one month's figure, versioned and audited (src/writes). */
export function observationRoutes({ db, events }: AppDeps) {
  const figures = sqlFigureStorage(db)
  return new Hono<AppEnv>()
    .put(
      '/:month',
      describeRoute({
        ...figure,
        summary: '保存某月数据（带版本号，防止互相覆盖）',
        description: '新建时不带 version；修改时带上所看到的版本号，版本已变则答 409 并附当前数据。数据有误答 400，fields 逐项指明。',
        responses: {
          200: answer(StoredObservationSchema, '已更新'),
          201: answer(StoredObservationSchema, '已新建'),
          ...refusals,
          404: refusal('没有这个目标'),
        },
      }),
      signedIn,
      jsonBody(PutObservationBodySchema, '请求内容'),
      async (c) => {
        const user = requireUser(c)
        const result = await saveFigure(figures, {
          user,
          targetId: c.req.param('id') ?? '',
          month: c.req.param('month'),
          body: c.req.valid('json'),
        })
        if (!result.ok) throw refusalError(result)
        await events.publish(result.event)
        return c.json(result.observation, result.created ? 201 : 200)
      },
    )
    .delete(
      '/:month',
      describeRoute({
        ...figure,
        summary: '删除某月数据（须说明删除哪一版，记入修改记录）',
        responses: { 204: empty('已删除'), ...refusals, 404: refusal('没有这个目标或这个月没有数据') },
      }),
      signedIn,
      queryParams(DeleteObservationQuerySchema),
      async (c) => {
        const user = requireUser(c)
        const { version } = c.req.valid('query')
        const result = await deleteFigure(figures, { user, targetId: c.req.param('id') ?? '', month: c.req.param('month'), version })
        if (!result.ok) throw refusalError(result)
        await events.publish(result.event)
        return c.body(null, 204)
      },
    )
}
