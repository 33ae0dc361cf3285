import type { QueryClient } from '@tanstack/react-query'
import { liveStatus } from './live-status'
import { auditKey, targetsKey } from './query-keys'

/**
 * A write's one refresh. While the change stream is up, the server's event for the write refreshes
 * every open tab, the writer's included, so the writer adds none of its own; without the stream
 * the writer refreshes itself. A refused write announces nothing (and a 409 says this page is
 * behind), so after an error the writer always refreshes.
 */
export function refreshAfterWrite(queryClient: QueryClient, error: Error | null): Promise<unknown> | undefined {
  if (!error && liveStatus.get().connected) return undefined
  return Promise.all([queryClient.invalidateQueries({ queryKey: targetsKey }), queryClient.invalidateQueries({ queryKey: auditKey })])
}
