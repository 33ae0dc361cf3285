import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import { markPublished } from '../../src/catalog/published-figures'
import {
  type TargetDetailResponse,
  TargetDetailResponseSchema,
  TargetListQuerySchema,
  type TargetListResponse,
  TargetListResponseSchema,
} from '../../src/contract/targets'
import { evaluateTarget, evaluateTargets } from '../../src/domain/evaluate-plan'
import { isoDateInChina } from '../../src/domain/periods'
import type { AppDeps } from '../deps'
import { answer, refusal } from '../http/describe'
import { HttpError } from '../http/errors'
import { queryParams } from '../http/validate'
import { listObservations } from '../observations/repository'
import { listPlanYears, listTargets } from './repository'

export function targetRoutes({ db, now }: AppDeps) {
  /**
   * The requested plan year (the latest when none is asked for) and the date to evaluate as of:
   * today in China by default, so after a plan year ends its targets are judged as they stand.
   */
  async function resolveView(query: { year?: number | undefined; asOf?: string | undefined }): Promise<{ year: number; asOf: string }> {
    const years = (await listPlanYears(db)).map((y) => y.year)
    const year = query.year ?? years.at(-1)
    if (year === undefined || !years.includes(year)) throw new HttpError(404, 'not_found', `没有${query.year ?? ''}年度的目标`)
    return { year, asOf: query.asOf ?? isoDateInChina(now()) }
  }

  /** The year's figures as they stand, 公开数据 carrying their quote and date. */
  const figures = async (year: number) => markPublished(year, await listObservations(db, year))

  return new Hono()
    .get(
      '/',
      describeRoute({
        tags: ['目标'],
        summary: '某一计划年度的全部目标及其状态（可按 asOf 指定的日期查看）',
        responses: { 200: answer(TargetListResponseSchema, '目标列表'), 404: refusal('没有这一年度') },
      }),
      queryParams(TargetListQuerySchema),
      async (c) => {
        const { year, asOf } = await resolveView(c.req.valid('query'))
        const [targets, observations] = await Promise.all([listTargets(db, year), figures(year)])
        const body: TargetListResponse = { year, asOf, sample: false, targets: evaluateTargets(targets, observations, asOf) }
        return c.json(body)
      },
    )
    .get(
      '/:id',
      describeRoute({
        tags: ['目标'],
        summary: '一个目标的全部数据与逐月状态（可按 asOf 指定的日期查看）',
        responses: { 200: answer(TargetDetailResponseSchema, '目标详情'), 404: refusal('没有这一年度或这个目标') },
      }),
      queryParams(TargetListQuerySchema),
      async (c) => {
        const { year, asOf } = await resolveView(c.req.valid('query'))
        const id = c.req.param('id')
        const [targets, observations] = await Promise.all([listTargets(db, year), figures(year)])
        const target = targets.find((t) => t.id === id)
        if (!target) throw new HttpError(404, 'not_found', `找不到目标 ${id}`)
        const body: TargetDetailResponse = { year, asOf, sample: false, ...evaluateTarget(target, observations, asOf) }
        return c.json(body)
      },
    )
}
