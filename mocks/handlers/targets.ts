import { HttpResponse, http } from 'msw'
import { markPublished } from '../../src/catalog/published-figures'
import { type TargetDetailResponse, TargetListQuerySchema, type TargetListResponse } from '../../src/contract/targets'
import { evaluateTarget, evaluateTargets } from '../../src/domain/evaluate-plan'
import { mockDb, SAMPLE_AS_OF } from '../data/db'
import { errorResponse } from './errors'
import { readQuery } from './read-request'

/** The requested plan year (the latest when none is asked for) and as-of date, or an error response. */
function resolveQuery(url: URL): { year: number; asOf: string } | Response {
  const query = readQuery(url, TargetListQuerySchema)
  if (query instanceof Response) return query
  const years = mockDb.years()
  const year = query.year ?? years.at(-1)
  if (year === undefined || !years.includes(year)) return errorResponse(404, 'not_found', `没有${query.year ?? ''}年度的目标`)
  return { year, asOf: query.asOf ?? SAMPLE_AS_OF }
}

export const targetHandlers = [
  http.get('*/api/targets', ({ request }) => {
    const query = resolveQuery(new URL(request.url))
    if (query instanceof Response) return query
    const { year, asOf } = query
    const targets = evaluateTargets(mockDb.targets(year), markPublished(year, mockDb.observations(year)), asOf)
    return HttpResponse.json<TargetListResponse>({ year, asOf, sample: true, targets })
  }),
  http.get('*/api/targets/:id', ({ request, params }) => {
    const query = resolveQuery(new URL(request.url))
    if (query instanceof Response) return query
    const { year, asOf } = query
    const targets = mockDb.targets(year)
    const target = targets.find((t) => t.id === params.id)
    if (!target) return errorResponse(404, 'not_found', `找不到目标 ${String(params.id)}`)
    const detail = evaluateTarget(target, markPublished(year, mockDb.observations(year)), asOf)
    return HttpResponse.json<TargetDetailResponse>({ year, asOf, sample: true, ...detail })
  }),
]
