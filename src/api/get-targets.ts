import { queryOptions, useQuery } from '@tanstack/react-query'
import { TargetListResponseSchema } from '../contract/targets'
import { apiRequest } from './client'
import { targetListKey, viewQuery } from './query-keys'

/** The plan year's targets with their status as of a date; by default the latest plan year, as of today. */
export const getTargets = (year?: number, asOf?: string) => apiRequest(`/api/targets${viewQuery(year, asOf)}`, TargetListResponseSchema)

export const targetsQueryOptions = (year?: number, asOf?: string) =>
  queryOptions({ queryKey: [...targetListKey(year), asOf ?? 'today'] as const, queryFn: () => getTargets(year, asOf) })

export const useTargets = (year?: number, asOf?: string) => useQuery(targetsQueryOptions(year, asOf))
