import { useMutation, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { apiRequest } from './client'
import { refreshAfterWrite } from './refresh-after-write'

export interface DeleteObservationInput {
  targetId: string
  month: string
  /** The version the user saw; a newer one answers 409 instead of deleting it. */
  version: number
}

export const deleteObservation = ({ targetId, month, version }: DeleteObservationInput) =>
  apiRequest(`/api/targets/${encodeURIComponent(targetId)}/observations/${month}?version=${version}`, z.null(), { method: 'DELETE' })

export function useDeleteObservation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteObservation,
    onSettled: (_data, error) => refreshAfterWrite(queryClient, error),
  })
}
