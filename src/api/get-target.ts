import { queryOptions, useQuery } from '@tanstack/react-query'
import { TargetDetailResponseSchema } from '../contract/targets'
import { apiRequest } from './client'
import { targetDetailKey } from './query-keys'

/** One target with all its figures and month-by-month status. */
export const getTarget = (id: string, year?: number) =>
  apiRequest(`/api/targets/${encodeURIComponent(id)}${year ? `?year=${year}` : ''}`, TargetDetailResponseSchema)

export const targetQueryOptions = (id: string, year?: number) =>
  queryOptions({ queryKey: targetDetailKey(id, year), queryFn: () => getTarget(id, year) })

export const useTarget = (id: string, year?: number) => useQuery(targetQueryOptions(id, year))
