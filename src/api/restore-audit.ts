import { useMutation, useQueryClient } from '@tanstack/react-query'
import { RestoreResponseSchema } from '../contract/observations'
import { apiRequest } from './client'
import { refreshAfterWrite } from './refresh-after-write'

/** Admin: put back the value that audit entry `id` replaced, unless the figure (seen at `expectedVersion`, null: none) changed since. */
export const restoreAudit = ({ id, expectedVersion }: { id: number; expectedVersion: number | null }) =>
  apiRequest(`/api/audit/${id}/restore`, RestoreResponseSchema, { method: 'POST', json: { expectedVersion } })

export function useRestoreAudit() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: restoreAudit,
    onSettled: (_data, error) => refreshAfterWrite(queryClient, error),
  })
}
