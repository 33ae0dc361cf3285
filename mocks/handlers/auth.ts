import { HttpResponse, http } from 'msw'
import type { z } from 'zod'
import { LoginRequestSchema, type MeResponse } from '../../src/api/schemas/auth'
import type { AuthUser } from '../../src/domain/permissions'
import { currentMockUser, mockUsers } from '../data/users'
import { errorResponse } from './errors'

const meBody = (user: AuthUser | null): MeResponse => ({
  user: user ? { username: user.username, role: user.role, scope: user.scope } : null,
})

/** A zod failure as the server's 400 (server/http/errors.ts validationError): every bad field named. */
function invalid(error: z.ZodError, what: string) {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) fields[issue.path.join('.') || what] ??= issue.message
  const summary = Object.entries(fields)
    .map(([k, m]) => (m.includes(k) ? m : `${k}：${m}`))
    .join('；')
  return errorResponse(400, 'invalid', `${what}有误：${summary}`, fields)
}

/** The same answers as server/auth/routes.ts, over the demo accounts of mocks/data/users.ts (no rate limit). */
export const authHandlers = [
  http.post('*/api/auth/login', async ({ request }): Promise<Response> => {
    let body: unknown
    try {
      body = JSON.parse(await request.text())
    } catch {
      return errorResponse(400, 'invalid_json', '登录信息不是有效的 JSON', { body: '请求体必须是 JSON 对象' })
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      return errorResponse(400, 'invalid', '登录信息有误：请求体必须是 JSON 对象', { body: '请求体必须是 JSON 对象' })
    }
    const parsed = LoginRequestSchema.safeParse(body)
    if (!parsed.success) return invalid(parsed.error, '登录信息')
    const user = mockUsers.check(parsed.data.username, parsed.data.password)
    if (!user) return errorResponse(401, 'invalid_credentials', '用户名或密码错误')
    mockUsers.signIn(user)
    return HttpResponse.json<MeResponse>(meBody(user))
  }),
  http.post('*/api/auth/logout', () => {
    mockUsers.signOut()
    return new HttpResponse(null, { status: 204 })
  }),
  http.get('*/api/auth/me', () => HttpResponse.json<MeResponse>(meBody(currentMockUser()))),
]
