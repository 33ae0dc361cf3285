import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  type CreateTokenRequest,
  CreateTokenResponseSchema,
  type CreateUserRequest,
  UserListResponseSchema,
  UserSummarySchema,
} from '../contract/auth'
import { apiRequest } from './client'
import { usersKey } from './query-keys'

/** Every account (admin only). */
export const getUsers = () => apiRequest('/api/auth/users', UserListResponseSchema)

export const usersQueryOptions = () => queryOptions({ queryKey: [...usersKey, 'list'] as const, queryFn: getUsers })

export const useUsers = (options: { enabled?: boolean } = {}) => useQuery({ ...usersQueryOptions(), ...options })

/** Creates an account; a taken username is a 409, a bad field a 400 with `fields`. */
export const createUser = (request: CreateUserRequest) =>
  apiRequest('/api/auth/users', UserSummarySchema, { method: 'POST', json: request })

export function useCreateUser() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  })
}

/** A new API token for scripts; the answer is the only time the token itself is seen. */
export const createToken = (request: CreateTokenRequest) =>
  apiRequest('/api/auth/tokens', CreateTokenResponseSchema, { method: 'POST', json: request })

export const useCreateToken = () => useMutation({ mutationFn: createToken })
