import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { PutObservationBody } from '../contract/observations'
import { StoredObservationSchema } from '../contract/targets'
import { apiRequest } from './client'
import { refreshAfterWrite } from './refresh-after-write'

export interface SaveObservationInput {
  targetId: string
  month: string
  body: PutObservationBody
}

/** PUT one month's figure; a 409 (someone saved first) arrives as ApiError with the current figure in `body`. */
export const saveObservation = ({ targetId, month, body }: SaveObservationInput) =>
  apiRequest(`/api/targets/${encodeURIComponent(targetId)}/observations/${month}`, StoredObservationSchema, { method: 'PUT', json: body })

export function useSaveObservation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: saveObservation,
    onSettled: (_data, error) => refreshAfterWrite(queryClient, error),
  })
}
