import { Hono } from 'hono'
import { type ConflictBody, DeleteObservationQuerySchema, PutObservationBodySchema } from '../../src/contract/observations'
import { checkObservationInput } from '../../src/domain/observation-input'
import { isMonthString, parseMonth } from '../../src/domain/periods'
import { requireEditorOf } from '../auth/middleware'
import type { AppDeps } from '../deps'
import type { AppEnv } from '../env'
import { HttpError } from '../http/errors'
import { parseJsonBody, parseQuery } from '../http/json-body'
import { getTarget } from '../targets/repository'
import { deleteObservation, saveObservation, type WriteResult } from './repository'

const conflict = (current: WriteResult & { ok: false }): HttpError =>
  new HttpError(
    409,
    'conflict',
    current.current ? '该数据已被他人修改，请核对最新数值后再保存' : '该数据已被他人删除，请核对后再保存',
    undefined,
    {
      current: current.current,
    } satisfies Pick<ConflictBody, 'current'>,
  )

/** PUT and DELETE /api/targets/{id}/observations/{YYYY-MM}: one month's figure, versioned and audited. */
export function observationRoutes({ db, events }: AppDeps) {
  /** The target the path names, checked for the month's year and for the user's right to edit it. */
  async function targetFor(id: string, month: string) {
    if (!isMonthString(month))
      throw new HttpError(400, 'invalid', `月份 (month) 格式应为 YYYY-MM，收到“${month}”`, { month: '格式应为 YYYY-MM' })
    const year = parseMonth(month).year
    const target = await getTarget(db, year, id)
    if (!target) throw new HttpError(404, 'not_found', `${year}年没有目标 ${id}`)
    return { target, key: { year, targetId: id, month } }
  }

  const announce = (key: { year: number; targetId: string; month: string }, version: number | null) =>
    events.publish({ type: 'observation', ...key, version, at: new Date().toISOString() })

  return new Hono<AppEnv>()
    .put('/:month', async (c) => {
      const { target, key } = await targetFor(c.req.param('id') ?? '', c.req.param('month'))
      const user = requireEditorOf(c, target)
      const body = await parseJsonBody(c, PutObservationBodySchema)
      const problems = checkObservationInput(target, key.month, body)
      if (Object.keys(problems).length > 0)
        throw new HttpError(400, 'invalid', `${target.name}：${Object.values(problems).join('；')}`, problems)
      const { version, ...input } = body
      const result = await db.transaction((tx) => saveObservation(tx, key, input, version, user.username))
      if (!result.ok) throw conflict(result)
      await announce(key, result.observation?.version ?? null)
      return c.json(result.observation, result.created ? 201 : 200)
    })
    .delete('/:month', async (c) => {
      const { target, key } = await targetFor(c.req.param('id') ?? '', c.req.param('month'))
      const user = requireEditorOf(c, target)
      const { version } = parseQuery(c, DeleteObservationQuerySchema)
      const result = await db.transaction((tx) => deleteObservation(tx, key, version, user.username))
      if (!result.ok) {
        if (!result.current) throw new HttpError(404, 'not_found', `${target.name} ${key.month} 没有数据`)
        throw conflict(result)
      }
      await announce(key, null)
      return c.body(null, 204)
    })
}
