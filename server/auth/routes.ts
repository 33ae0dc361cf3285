import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { describeRoute } from 'hono-openapi'
import {
  ChangePasswordRequestSchema,
  CreateTokenRequestSchema,
  type CreateTokenResponse,
  CreateTokenResponseSchema,
  CreateUserRequestSchema,
  LoginRequestSchema,
  type MeResponse,
  MeResponseSchema,
  type SessionUser,
  type UserListResponse,
  UserListResponseSchema,
  type UserRole,
  type UserSummary,
  UserSummarySchema,
} from '../../src/contract/auth'
import type { AuthUser } from '../../src/domain/permissions'
import type { Database } from '../db/database'
import type { AppEnv } from '../env'
import { ADMIN_ONLY, answer, empty, refusal, SIGNED_IN } from '../http/describe'
import { HttpError, respondError } from '../http/errors'
import { jsonBody } from '../http/validate'
import { adminOnly, requireAdmin, requireUser, signedIn } from './middleware'
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords'
import { clientIp, createLoginRateLimiter, type LoginRateLimiter, loginAttemptKey, retryAfterText } from './rate-limit'
import {
  clearSessionCookie,
  createSession,
  deleteSession,
  hashSecret,
  readSessionCookie,
  setSessionCookie,
  toAuthUser,
  type UserRow,
} from './sessions'
import { createApiToken } from './tokens'

const sessionUser = (user: AuthUser): SessionUser => ({ username: user.username, role: user.role satisfies UserRole, scope: user.scope })

interface UserListRow extends UserRow {
  created_at: Date | string
}
const toSummary = (row: UserListRow): UserSummary => ({
  ...sessionUser(toAuthUser(row)),
  id: row.id,
  createdAt: new Date(row.created_at).toISOString(),
})

const ACCOUNTS = ['账号']

export interface AuthRoutesOptions {
  /** Per app by default; tests pass one with their own clock. */
  limiter?: LoginRateLimiter
  now?: () => Date
}

/** /api/auth: sign in and out, who am I, and the admin's API tokens and accounts. */
export function authRoutes(db: Database, options: AuthRoutesOptions = {}) {
  const limiter = options.limiter ?? createLoginRateLimiter()
  const now = options.now ?? (() => new Date())

  return new Hono<AppEnv>()
    .use(
      '*',
      bodyLimit({ maxSize: 64 * 1024, onError: (c) => respondError(c, new HttpError(413, 'too_large', '请求体过大（上限 64 KB）')) }),
    )
    .post(
      '/login',
      describeRoute({
        tags: ACCOUNTS,
        summary: '登录：设置会话 Cookie（HttpOnly, SameSite=Lax，12 小时）',
        responses: { 200: answer(MeResponseSchema, '已登录'), 401: refusal('用户名或密码错误'), 429: refusal('失败次数过多，稍后再试') },
      }),
      jsonBody(LoginRequestSchema, '登录信息'),
      async (c) => {
        const { username, password } = c.req.valid('json')
        const key = loginAttemptKey(clientIp(c), username)
        const blocked = limiter.begin(key)
        if (blocked) {
          c.header('Retry-After', String(blocked.retryAfterSeconds))
          const wait = retryAfterText(blocked.retryAfterSeconds)
          return respondError(c, new HttpError(429, 'rate_limited', `登录失败次数过多，请在 ${wait}后重试`))
        }
        const [row] = await db.query<UserRow & { password_hash: string }>(
          'select u.id, u.username, u.role, u.scope, u.password_hash from users u where u.username = $1',
          [username],
        )
        // An unknown user costs the same bcrypt round as a wrong password and gets the same answer.
        const ok = await verifyPassword(password, row?.password_hash ?? (await dummyPasswordHash()))
        if (!row || !ok) throw new HttpError(401, 'invalid_credentials', '用户名或密码错误')
        limiter.succeeded(key)

        const previous = readSessionCookie(c)
        if (previous) await deleteSession(db, previous)
        const { token, expiresAt } = await createSession(db, row.id, now())
        setSessionCookie(c, token, expiresAt)
        c.header('Cache-Control', 'no-store')
        return c.json<MeResponse>({ user: sessionUser(toAuthUser(row)) })
      },
    )
    .post('/logout', describeRoute({ tags: ACCOUNTS, summary: '退出登录', responses: { 204: empty('已退出') } }), async (c) => {
      const token = readSessionCookie(c)
      if (token) await deleteSession(db, token)
      clearSessionCookie(c)
      return c.body(null, 204)
    })
    .get(
      '/me',
      describeRoute({ tags: ACCOUNTS, summary: '当前用户（未登录为 null）', responses: { 200: answer(MeResponseSchema, '当前用户') } }),
      (c) => {
        c.header('Cache-Control', 'no-store')
        const { user } = c.var
        return c.json<MeResponse>({ user: user ? sessionUser(user) : null })
      },
    )
    .post(
      '/password',
      describeRoute({
        tags: ACCOUNTS,
        summary: '修改自己的密码（其他地方的登录随之失效）',
        responses: { 204: empty('已修改'), ...SIGNED_IN, 429: refusal('尝试次数过多，稍后再试') },
      }),
      signedIn,
      jsonBody(ChangePasswordRequestSchema, '修改密码'),
      async (c) => {
        const user = requireUser(c)
        const { currentPassword, newPassword } = c.req.valid('json')
        const key = loginAttemptKey(clientIp(c), user.username)
        const blocked = limiter.begin(key)
        if (blocked) {
          c.header('Retry-After', String(blocked.retryAfterSeconds))
          return respondError(
            c,
            new HttpError(429, 'rate_limited', `尝试次数过多，请在 ${retryAfterText(blocked.retryAfterSeconds)}后重试`),
          )
        }
        const [row] = await db.query<{ password_hash: string }>('select password_hash from users where id = $1', [user.id])
        if (!row || !(await verifyPassword(currentPassword, row.password_hash))) {
          throw new HttpError(400, 'invalid', '当前密码 (currentPassword) 不正确', { currentPassword: '当前密码不正确' })
        }
        limiter.succeeded(key)
        await db.transaction(async (tx) => {
          await tx.query('update users set password_hash = $2 where id = $1', [user.id, await hashPassword(newPassword)])
          // Everywhere else this account was signed in (a lost phone, a shared PC) is signed out.
          const current = readSessionCookie(c)
          await tx.query('delete from sessions where user_id = $1 and token_hash <> $2', [user.id, current ? hashSecret(current) : ''])
        })
        return c.body(null, 204)
      },
    )
    .post(
      '/tokens',
      describeRoute({
        tags: ACCOUNTS,
        summary: '签发脚本用的 API 令牌（管理员；令牌只显示这一次）',
        responses: { 201: answer(CreateTokenResponseSchema, '令牌'), ...ADMIN_ONLY },
      }),
      adminOnly,
      jsonBody(CreateTokenRequestSchema, '令牌信息'),
      async (c) => {
        const admin = requireAdmin(c)
        const { label } = c.req.valid('json')
        const token = await createApiToken(db, admin.id, label)
        c.header('Cache-Control', 'no-store')
        return c.json<CreateTokenResponse>({ token, label }, 201)
      },
    )
    .get(
      '/users',
      describeRoute({
        tags: ACCOUNTS,
        summary: '账号列表（管理员）',
        responses: { 200: answer(UserListResponseSchema, '账号'), ...ADMIN_ONLY },
      }),
      adminOnly,
      async (c) => {
        const rows = await db.query<UserListRow>('select u.id, u.username, u.role, u.scope, u.created_at from users u order by u.id')
        return c.json<UserListResponse>({ users: rows.map(toSummary) })
      },
    )
    .post(
      '/users',
      describeRoute({
        tags: ACCOUNTS,
        summary: '新建账号（管理员）',
        responses: { 201: answer(UserSummarySchema, '已新建'), ...ADMIN_ONLY, 409: refusal('用户名已存在') },
      }),
      adminOnly,
      jsonBody(CreateUserRequestSchema, '用户信息'),
      async (c) => {
        const { username, password, role, scope } = c.req.valid('json')
        const [taken] = await db.query<{ username: string }>('select username from users where lower(username) = lower($1)', [username])
        const conflict = () =>
          new HttpError(409, 'conflict', `用户名 (username) ${taken?.username ?? username} 已存在`, { username: '用户名已存在' })
        if (taken) throw conflict()
        const [row] = await db.query<UserListRow>(
          `insert into users (username, password_hash, role, scope) values ($1, $2, $3, $4)
         on conflict (username) do nothing
         returning id, username, role, scope, created_at`,
          [username, await hashPassword(password), role, JSON.stringify([...new Set(scope)])],
        )
        if (!row) throw conflict()
        return c.json<UserSummary>(toSummary(row), 201)
      },
    )
}
