import { HttpResponse, http } from 'msw'
import {
  CreateTokenRequestSchema,
  type CreateTokenResponse,
  CreateUserRequestSchema,
  type UserListResponse,
  type UserSummary,
} from '../../src/contract/auth'
import type { AuthUser } from '../../src/domain/permissions'
import { currentMockUser, mockUsers } from '../data/users'
import { errorResponse } from './errors'
import { readBody } from './read-request'

/** The demo accounts have no creation time of their own: the mock says they were there from the start. */
const DEMO_CREATED_AT = '2025-01-01T00:00:00.000Z'

const summary = (u: AuthUser & { createdAt?: string }): UserSummary => ({
  id: u.id,
  username: u.username,
  role: u.role,
  scope: u.scope,
  createdAt: u.createdAt ?? DEMO_CREATED_AT,
})

/** 401 when anonymous, 403 for anyone but an admin: checked before the body is read, as the server does. */
function notAdmin(): Response | undefined {
  const user = currentMockUser()
  if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
  if (user.role !== 'admin') return errorResponse(403, 'forbidden', '需要管理员权限')
  return undefined
}

/** The admin's accounts and API tokens, answered as server/auth/routes.ts answers them. */
export const adminHandlers = [
  http.get('*/api/auth/users', () => notAdmin() ?? HttpResponse.json<UserListResponse>({ users: mockUsers.list().map(summary) })),
  http.post('*/api/auth/users', async ({ request }): Promise<Response> => {
    const refused = notAdmin()
    if (refused) return refused
    const body = await readBody(request, CreateUserRequestSchema, '用户信息')
    if (body instanceof Response) return body
    const { username, password, role, scope } = body
    const taken = mockUsers.list().find((u) => u.username.toLowerCase() === username.toLowerCase())
    if (taken) return errorResponse(409, 'conflict', `用户名 (username) ${taken.username} 已存在`, { username: '用户名已存在' })
    const created = mockUsers.create({ username, password, role, scope: [...new Set(scope)] })
    return HttpResponse.json<UserSummary>(summary(created), { status: 201 })
  }),
  http.post('*/api/auth/tokens', async ({ request }): Promise<Response> => {
    const refused = notAdmin()
    if (refused) return refused
    const body = await readBody(request, CreateTokenRequestSchema, '令牌信息')
    if (body instanceof Response) return body
    const token = `jzt_mock_${crypto.randomUUID().replaceAll('-', '')}`
    return HttpResponse.json<CreateTokenResponse>({ token, label: body.label }, { status: 201, headers: { 'Cache-Control': 'no-store' } })
  }),
]
