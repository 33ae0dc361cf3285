import type { QueryClient } from '@tanstack/react-query'

/**
 * The roots of every query key. Each query's full key is built in its own file from these; a
 * change invalidates by root, so a list, a detail and any year are all refreshed together.
 */
export const targetsKey = ['targets'] as const
export const auditKey = ['audit'] as const
export const usersKey = ['users'] as const

/** After any write to figures: every target query and the audit log are stale. */
export const refreshAfterWrite = (queryClient: QueryClient) =>
  Promise.all([queryClient.invalidateQueries({ queryKey: targetsKey }), queryClient.invalidateQueries({ queryKey: auditKey })])

/** "?year=2025&asOf=2025-06-30" for the targets routes; empty when both are defaults. */
export function viewQuery(year?: number, asOf?: string): string {
  const params = new URLSearchParams()
  if (year) params.set('year', String(year))
  if (asOf) params.set('asOf', asOf)
  const query = params.toString()
  return query ? `?${query}` : ''
}
