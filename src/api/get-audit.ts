import { queryOptions, useQuery } from '@tanstack/react-query'
import { AuditListResponseSchema } from '../contract/observations'
import { apiRequest } from './client'
import { type AuditFilter, auditListKey } from './query-keys'

/** Changes to figures, newest first. */
export const getAudit = (filter: AuditFilter) => {
  const params = new URLSearchParams(Object.entries(filter).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)]])))
  return apiRequest(`/api/audit?${params}`, AuditListResponseSchema)
}

export const auditQueryOptions = (filter: AuditFilter) => queryOptions({ queryKey: auditListKey(filter), queryFn: () => getAudit(filter) })

export const useAudit = (filter: AuditFilter, enabled = true) => useQuery({ ...auditQueryOptions(filter), enabled })
