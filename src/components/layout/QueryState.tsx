import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'

interface QueryStateProps<T> {
  query: UseQueryResult<T>
  loading: string
  error: string
  children: (data: T) => ReactNode
}

/** Loading, error (with the API's own message and a retry) and data, the same on every page. */
export function QueryState<T>({ query, loading, error, children }: QueryStateProps<T>) {
  if (query.data !== undefined) return children(query.data)
  if (query.isError) {
    return (
      <div role="alert" className="rounded-xl bg-red-50 p-6 text-red-900 ring-1 ring-red-200">
        <p className="font-bold">{error}</p>
        <p className="mt-1 text-sm">{query.error.message}</p>
        <button type="button" className="mt-3 rounded-md bg-red-800 px-3 py-1.5 text-sm text-white" onClick={() => query.refetch()}>
          重试
        </button>
      </div>
    )
  }
  return (
    <p role="status" className="py-16 text-center text-slate-500">
      {loading}
    </p>
  )
}
