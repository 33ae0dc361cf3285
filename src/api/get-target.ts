import { queryOptions, useQuery } from '@tanstack/react-query'
import { TargetDetailResponseSchema } from '../contract/targets'
import { apiRequest } from './client'
import { targetDetailKey, viewQuery } from './query-keys'

/** One target with all its figures and month-by-month status, as of a date (default today). */
export const getTarget = (id: string, year?: number, asOf?: string) =>
  apiRequest(`/api/targets/${encodeURIComponent(id)}${viewQuery(year, asOf)}`, TargetDetailResponseSchema)

export const targetQueryOptions = (id: string, year?: number, asOf?: string) =>
  queryOptions({
    queryKey: [...targetDetailKey(id, year), asOf ?? 'today'] as const,
    queryFn: () => getTarget(id, year, asOf),
  })

export const useTarget = (id: string, year?: number, asOf?: string) => useQuery(targetQueryOptions(id, year, asOf))
