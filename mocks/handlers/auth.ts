import { HttpResponse, http } from 'msw'
import { ChangePasswordRequestSchema, LoginRequestSchema, type MeResponse } from '../../src/contract/auth'
import type { AuthUser } from '../../src/domain/permissions'
import { currentMockUser, mockUsers } from '../data/users'
import { errorResponse, validationResponse } from './errors'
import { jsonObject } from './json-body'

const meBody = (user: AuthUser | null): MeResponse => ({
  user: user ? { username: user.username, role: user.role, scope: user.scope } : null,
})

/** The same answers as server/auth/routes.ts, over the demo accounts of mocks/data/users.ts (no rate limit). */
export const authHandlers = [
  http.post('*/api/auth/login', async ({ request }): Promise<Response> => {
    const body = await jsonObject(request, '登录信息')
    if (body instanceof Response) return body
    const parsed = LoginRequestSchema.safeParse(body)
    if (!parsed.success) return validationResponse(parsed.error, '登录信息')
    const user = mockUsers.check(parsed.data.username, parsed.data.password)
    if (!user) return errorResponse(401, 'invalid_credentials', '用户名或密码错误')
    mockUsers.signIn(user)
    return HttpResponse.json<MeResponse>(meBody(user))
  }),
  http.post('*/api/auth/password', async ({ request }): Promise<Response> => {
    const user = currentMockUser()
    if (!user) return errorResponse(401, 'unauthenticated', '请先登录')
    const body = await jsonObject(request, '修改密码')
    if (body instanceof Response) return body
    const parsed = ChangePasswordRequestSchema.safeParse(body)
    if (!parsed.success) return validationResponse(parsed.error, '修改密码')
    if (!mockUsers.check(user.username, parsed.data.currentPassword)) {
      return errorResponse(400, 'invalid', '当前密码 (currentPassword) 不正确', { currentPassword: '当前密码不正确' })
    }
    mockUsers.setPassword(user.username, parsed.data.newPassword)
    return new HttpResponse(null, { status: 204 })
  }),
  http.post('*/api/auth/logout', () => {
    mockUsers.signOut()
    return new HttpResponse(null, { status: 204 })
  }),
  http.get('*/api/auth/me', () => HttpResponse.json<MeResponse>(meBody(currentMockUser()))),
]
