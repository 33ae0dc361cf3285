import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import type { ChangeEvent } from '../contract/events'
import type { TargetDetailResponse } from '../contract/targets'
import { batchInvalidations } from './invalidation-batch'
import { connectLive, systemClock } from './live-connection'
import { liveStatus } from './live-status'
import { auditKey, targetDetailKey, targetListKey, targetsKey } from './query-keys'

const EVENTS_URL = '/api/events'

/**
 * The queries a change makes stale. A figure changes its year's lists, its target's detail and
 * audit log, and the details of `dependents`: targets assessed against it (a relative target
 * against GDP growth). A catalog change touches every target of its year. "Latest" queries are
 * included whatever the year: which year they show is known only to their data.
 */
export function queryKeysFor(event: ChangeEvent, dependents: readonly string[] = []): QueryKey[] {
  const lists = [targetListKey(event.year), targetListKey()]
  if (event.type === 'catalog') return [...lists, [...targetsKey, 'detail']]
  const details = [event.targetId, ...dependents].flatMap((id) => [targetDetailKey(id, event.year), targetDetailKey(id)])
  return [...lists, ...details, [...auditKey, event.targetId], [...auditKey, null]]
}

/** The targets this tab holds a detail of that are assessed against the changed one. */
export function dependentsOf(queryClient: QueryClient, event: ChangeEvent): string[] {
  if (event.type !== 'observation') return []
  return queryClient.getQueriesData<TargetDetailResponse>({ queryKey: [...targetsKey, 'detail'] }).flatMap(([, data]) => {
    const target = data?.item.target
    return target?.year === event.year && target.referenceId === event.targetId ? [target.id] : []
  })
}

/**
 * Keeps the app's queries fresh from the server's change stream (GET /api/events): each change
 * invalidates what it affects, a reconnect (events may have been missed) every target query and
 * the audit log. Call once per tab, inside QueryClientProvider. Polling (refetchInterval) remains
 * the fallback while the stream is down.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (typeof EventSource === 'undefined') return
    const batch = batchInvalidations(queryClient, systemClock)
    const connection = connectLive({
      url: EVENTS_URL,
      open: (url) => new EventSource(url),
      clock: systemClock,
      onChange: (event) => batch.add(queryKeysFor(event, dependentsOf(queryClient, event))),
      onResync: () => batch.add([targetsKey, auditKey]),
      onStatus: liveStatus.set,
    })
    return () => {
      connection.close()
      batch.cancel()
    }
  }, [queryClient])
}
