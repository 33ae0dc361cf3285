import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from 'react-router'
import { useLiveUpdates } from '../api/live-updates'
import { createQueryClient } from './query-client'
import { router } from './router'

const queryClient = createQueryClient()

/** The server's change stream, refreshing queries as figures are saved: one per tab. */
function LiveUpdates() {
  useLiveUpdates()
  return null
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LiveUpdates />
      <RouterProvider router={router} />
    </QueryClientProvider>
  )
}
