import { Hono } from 'hono'
import { type TargetDetailResponse, TargetListQuerySchema, type TargetListResponse } from '../../src/contract/targets'
import { evaluateTarget, evaluateTargets } from '../../src/domain/evaluate-plan'
import { isoDateInChina } from '../../src/domain/periods'
import type { AppDeps } from '../deps'
import { HttpError, validationError } from '../http/errors'
import { listObservations } from '../observations/repository'
import { listPlanYears, listTargets } from './repository'

export function targetRoutes({ db, now }: AppDeps) {
  /** The requested plan year, or the latest one when none is asked for. */
  async function resolveYear(query: Record<string, string>): Promise<number> {
    const parsed = TargetListQuerySchema.safeParse(query)
    if (!parsed.success) throw validationError(parsed.error, '查询参数')
    const years = (await listPlanYears(db)).map((y) => y.year)
    const year = parsed.data.year ?? years.at(-1)
    if (year === undefined || !years.includes(year)) throw new HttpError(404, 'not_found', `没有${parsed.data.year ?? ''}年度的目标`)
    return year
  }

  return new Hono()
    .get('/', async (c) => {
      const year = await resolveYear(c.req.query())
      const [targets, observations] = await Promise.all([listTargets(db, year), listObservations(db, year)])
      // Today in China: after a plan year ends its targets are judged as of now, so a shortfall shows.
      const asOf = isoDateInChina(now())
      const body: TargetListResponse = { year, asOf, sample: false, targets: evaluateTargets(targets, observations, asOf) }
      return c.json(body)
    })
    .get('/:id', async (c) => {
      const year = await resolveYear(c.req.query())
      const id = c.req.param('id')
      const [targets, observations] = await Promise.all([listTargets(db, year), listObservations(db, year)])
      const target = targets.find((t) => t.id === id)
      if (!target) throw new HttpError(404, 'not_found', `找不到目标 ${id}`)
      const asOf = isoDateInChina(now())
      const body: TargetDetailResponse = { year, asOf, sample: false, ...evaluateTarget(target, observations, asOf) }
      return c.json(body)
    })
}
