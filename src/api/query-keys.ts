/**
 * Every query key, built here from three roots. Keys run from broad to narrow, so a prefix names a
 * family: `targetListKey(2025)` is every 2025 list, `[...auditKey, id]` every audit page of one target.
 */
export const targetsKey = ['targets'] as const
export const auditKey = ['audit'] as const
export const usersKey = ['users'] as const

/** The targets of a plan year (none: the latest year), as of any date: a query adds its as-of date. */
export const targetListKey = (year?: number) => [...targetsKey, 'list', year ?? 'latest'] as const

/** One target with its figures, in a plan year (none: the latest year), as of any date. */
export const targetDetailKey = (id: string, year?: number) => [...targetsKey, 'detail', id, year ?? 'latest'] as const

export interface AuditFilter {
  year?: number
  targetId?: string
  limit?: number
}

/** The target comes first (null: the log of every target), so one target's pages share a prefix. */
export const auditListKey = (filter: AuditFilter) => [...auditKey, filter.targetId ?? null, filter] as const

/** "?year=2025&asOf=2025-06-30" for the targets routes; empty when both are defaults. */
export function viewQuery(year?: number, asOf?: string): string {
  const params = new URLSearchParams()
  if (year) params.set('year', String(year))
  if (asOf) params.set('asOf', asOf)
  const query = params.toString()
  return query ? `?${query}` : ''
}
