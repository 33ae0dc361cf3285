import { HttpResponse, http } from 'msw'
import { ChangePasswordRequestSchema, LoginRequestSchema, type MeResponse } from '../../src/contract/auth'
import type { AuthUser } from '../../src/domain/permissions'
import { currentMockUser, mockUsers } from '../data/users'
import { errorResponse } from './errors'
import { readBody } from './read-request'

const meBody = (user: AuthUser | null): MeResponse => ({
  user: user ? { username: user.username, role: user.role, scope: user.scope } : null,
})

/** The same answers as server/auth/routes.ts, over the demo accounts of mocks/data/users.ts (no rate limit). */
export const authHandlers = [
  http.post('*/api/auth/login', async ({ request }): Promise<Response> => {
    const body = await readBody(request, LoginRequestSchema, '登录信息')
    if (body instanceof Response) return body
    const user = mockUsers.check(body.username, body.password)
    if (!user) return errorResponse(401, 'invalid_credentials', '用户名或密码错误')
    mockUsers.signIn(user)
    return HttpResponse.json<MeResponse>(meBody(user))
  }),
  http.post('*/api/auth/password', async ({ request }): Promise<Response> => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const body = await readBody(request, ChangePasswordRequestSchema, '修改密码')
    if (body instanceof Response) return body
    if (!mockUsers.check(user.username, body.currentPassword)) {
      return errorResponse(400, 'invalid', '当前密码 (currentPassword) 不正确', { currentPassword: '当前密码不正确' })
    }
    mockUsers.setPassword(user.username, body.newPassword)
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/api/auth/logout', () => {
    mockUsers.signOut()
    return new HttpResponse(null, { status: 204 })
  }),
  http.get('*/api/auth/me', () => HttpResponse.json<MeResponse>(meBody(currentMockUser()))),
]
