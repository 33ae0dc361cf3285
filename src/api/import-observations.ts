import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type ImportRequest, ImportResponseSchema } from '../contract/import'
import { apiRequest } from './client'
import { refreshAfterWrite } from './refresh-after-write'

/** Preview (dryRun) or import rows of a spreadsheet; every row comes back with its outcome. */
export const importObservations = (request: ImportRequest) =>
  apiRequest('/api/import/observations', ImportResponseSchema, { method: 'POST', json: request })

export function useImportObservations() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: importObservations,
    onSuccess: (result) => (result.dryRun ? undefined : refreshAfterWrite(queryClient, null)),
  })
}
