import { partialMatchKey, type QueryClient, type QueryKey } from '@tanstack/react-query'
import type { Clock } from './live-connection'

/** Events arriving this close together (a bulk import sends one per row) cost one refetch, not one each. */
export const COALESCE_MS = 50

export interface InvalidationBatch {
  add(keys: readonly QueryKey[]): void
  cancel(): void
}

/**
 * Collects query keys and invalidates them together COALESCE_MS after the first: one
 * invalidateQueries call, so a query matched by several keys is refetched once.
 */
export function batchInvalidations(queryClient: QueryClient, clock: Clock): InvalidationBatch {
  let pending: QueryKey[] = []
  let timer: unknown
  const flush = () => {
    const keys = pending
    pending = []
    timer = undefined
    void queryClient.invalidateQueries({ predicate: (query) => keys.some((key) => partialMatchKey(query.queryKey, key)) })
  }
  return {
    add(keys) {
      pending.push(...keys)
      timer ??= clock.setTimeout(flush, COALESCE_MS)
    },
    cancel() {
      clock.clearTimeout(timer)
      timer = undefined
      pending = []
    },
  }
}
