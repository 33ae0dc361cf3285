import { queryOptions, useQuery } from '@tanstack/react-query'
import { TargetListResponseSchema } from '../contract/targets'
import { apiRequest } from './client'
import { targetListKey } from './query-keys'

/** The plan year's targets with their status; without a year, the latest plan year. */
export const getTargets = (year?: number) => apiRequest(`/api/targets${year ? `?year=${year}` : ''}`, TargetListResponseSchema)

export const targetsQueryOptions = (year?: number) => queryOptions({ queryKey: targetListKey(year), queryFn: () => getTargets(year) })

export const useTargets = (year?: number) => useQuery(targetsQueryOptions(year))
