import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { type ChangePasswordRequest, type LoginRequest, MeResponseSchema } from '../contract/auth'
import { apiRequest } from './client'

/** Who is signed in ({ user: null } when anonymous). */
export const getMe = () => apiRequest('/api/auth/me', MeResponseSchema)

export const meQueryOptions = () => queryOptions({ queryKey: ['auth', 'me'] as const, queryFn: getMe, staleTime: 60_000 })

export const useMe = () => useQuery(meQueryOptions())

/** Signs in; on success the answer becomes the `me` query's data and everything else is refetched as that user. */
export function useLogin() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (credentials: LoginRequest) => apiRequest('/api/auth/login', MeResponseSchema, { method: 'POST', json: credentials }),
    onSuccess: async (me) => {
      queryClient.setQueryData(meQueryOptions().queryKey, me)
      await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'auth' })
      await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey })
    },
  })
}

/** Signs out; the `me` query then answers null. */
export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => apiRequest('/api/auth/logout', z.null(), { method: 'POST' }),
    onSuccess: async () => {
      queryClient.setQueryData(meQueryOptions().queryKey, { user: null })
      await queryClient.invalidateQueries({ queryKey: meQueryOptions().queryKey })
    },
  })
}

/** The signed-in user changes their own password; other sessions of the account end. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (request: ChangePasswordRequest) => apiRequest('/api/auth/password', z.null(), { method: 'POST', json: request }),
  })
}
