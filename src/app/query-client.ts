import { QueryClient } from '@tanstack/react-query'
import { ApiError } from '../api/client'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Polling is the fallback when the live event stream is down; it is cheap (one JSON list).
        refetchInterval: 60_000,
        // A 4xx will not change by asking again; network errors and 5xx may.
        retry: (count, error) => count < 3 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
    },
  })
}
