import { Hono } from 'hono'
import { markPublished } from '../../src/catalog/published-figures'
import { type TargetDetailResponse, TargetListQuerySchema, type TargetListResponse } from '../../src/contract/targets'
import { evaluateTarget, evaluateTargets } from '../../src/domain/evaluate-plan'
import { isoDateInChina } from '../../src/domain/periods'
import type { AppDeps } from '../app'
import { HttpError, validationError } from '../http/errors'
import { listObservations } from '../observations/repository'
import { listPlanYears, listTargets } from './repository'

export function targetRoutes({ db, now }: AppDeps) {
  /**
   * The requested plan year (the latest when none is asked for) and the date to evaluate as of:
   * today in China by default, so after a plan year ends its targets are judged as they stand.
   */
  async function resolveQuery(query: Record<string, string>): Promise<{ year: number; asOf: string }> {
    const parsed = TargetListQuerySchema.safeParse(query)
    if (!parsed.success) throw validationError(parsed.error, '查询参数')
    const years = (await listPlanYears(db)).map((y) => y.year)
    const year = parsed.data.year ?? years.at(-1)
    if (year === undefined || !years.includes(year)) throw new HttpError(404, 'not_found', `没有${parsed.data.year ?? ''}年度的目标`)
    return { year, asOf: parsed.data.asOf ?? isoDateInChina(now()) }
  }

  return new Hono()
    .get('/', async (c) => {
      const { year, asOf } = await resolveQuery(c.req.query())
      const [targets, stored] = await Promise.all([listTargets(db, year), listObservations(db, year)])
      const observations = markPublished(year, stored)
      const body: TargetListResponse = { year, asOf, sample: false, targets: evaluateTargets(targets, observations, asOf) }
      return c.json(body)
    })
    .get('/:id', async (c) => {
      const { year, asOf } = await resolveQuery(c.req.query())
      const id = c.req.param('id')
      const [targets, stored] = await Promise.all([listTargets(db, year), listObservations(db, year)])
      const observations = markPublished(year, stored)
      const target = targets.find((t) => t.id === id)
      if (!target) throw new HttpError(404, 'not_found', `找不到目标 ${id}`)
      const body: TargetDetailResponse = { year, asOf, sample: false, ...evaluateTarget(target, observations, asOf) }
      return c.json(body)
    })
}
