import { HttpResponse, http } from 'msw'
import { type TargetDetailResponse, TargetListQuerySchema, type TargetListResponse } from '../../src/contract/targets'
import { evaluateTarget, evaluateTargets } from '../../src/domain/evaluate-plan'
import { mockDb, SAMPLE_AS_OF } from '../data/db'
import { errorResponse } from './errors'
import { readQuery } from './read-request'

/** The requested plan year, the latest when none is asked for, or an error response. */
function resolveYear(url: URL): number | Response {
  const query = readQuery(url, TargetListQuerySchema)
  if (query instanceof Response) return query
  const years = mockDb.years()
  const year = query.year ?? years.at(-1)
  if (year === undefined || !years.includes(year)) return errorResponse(404, 'not_found', `没有${query.year ?? ''}年度的目标`)
  return year
}

export const targetHandlers = [
  http.get('*/api/targets', ({ request }) => {
    const year = resolveYear(new URL(request.url))
    if (year instanceof Response) return year
    const targets = evaluateTargets(mockDb.targets(year), mockDb.observations(year), SAMPLE_AS_OF)
    return HttpResponse.json<TargetListResponse>({ year, asOf: SAMPLE_AS_OF, sample: true, targets })
  }),
  http.get('*/api/targets/:id', ({ request, params }) => {
    const year = resolveYear(new URL(request.url))
    if (year instanceof Response) return year
    const targets = mockDb.targets(year)
    const target = targets.find((t) => t.id === params.id)
    if (!target) return errorResponse(404, 'not_found', `找不到目标 ${String(params.id)}`)
    const detail = evaluateTarget(target, mockDb.observations(year), SAMPLE_AS_OF)
    return HttpResponse.json<TargetDetailResponse>({ year, asOf: SAMPLE_AS_OF, sample: true, ...detail })
  }),
]
