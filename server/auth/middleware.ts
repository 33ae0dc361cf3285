import type { MiddlewareHandler } from 'hono'
import type { AuthUser } from '../../src/domain/permissions'
import type { Database } from '../db/database'
import type { AppEnv } from '../env'
import { HttpError } from '../http/errors'
import { clearSessionCookie, findSessionUser, readSessionCookie } from './sessions'
import { bearerToken, findTokenUser } from './tokens'

/** Anything with the auth middleware's variables: a route's `c` of a `Hono<AppEnv>`, whatever its path and input. */
export interface AuthContext {
  var: Pick<AppEnv['Variables'], 'user'>
}

/**
 * For every /api request: `c.var.user` and `c.var.authMethod` from an `Authorization: Bearer`
 * API token (first) or the `jz_session` cookie. An unknown or ended session is anonymous (and its
 * cookie is cleared); an unknown bearer token is a 401, since its caller asked to be someone.
 */
export function authMiddleware(db: Database, options: { now?: () => Date } = {}): MiddlewareHandler<AppEnv> {
  const now = options.now ?? (() => new Date())
  return async (c, next) => {
    c.set('user', null)
    c.set('authMethod', null)
    const bearer = bearerToken(c.req.header('authorization'))
    if (bearer !== undefined) {
      const user = bearer ? await findTokenUser(db, bearer) : null
      if (!user) throw new HttpError(401, 'invalid_token', 'API 令牌 (Authorization: Bearer) 无效或已被吊销')
      c.set('user', user)
      c.set('authMethod', 'token')
      return next()
    }
    const session = readSessionCookie(c)
    if (session) {
      const user = await findSessionUser(db, session, now())
      if (user) {
        c.set('user', user)
        c.set('authMethod', 'session')
      } else {
        clearSessionCookie(c)
      }
    }
    return next()
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The host (name:port) the client addressed: the request URL's, or with TRUST_PROXY=1 the proxy's X-Forwarded-Host. */
function requestHosts(url: string, forwardedHost: string | undefined, env: NodeJS.ProcessEnv): string[] {
  const hosts = [new URL(url).host.toLowerCase()]
  const forwarded = forwardedHost?.split(',')[0]?.trim().toLowerCase()
  if (env.TRUST_PROXY === '1' && forwarded) hosts.push(forwarded)
  return hosts
}

function originHost(origin: string | undefined): string | undefined {
  if (!origin || origin === 'null') return undefined
  try {
    return new URL(origin).host.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * CSRF defence for cookie sessions: a POST/PUT/PATCH/DELETE that is authenticated by the session
 * cookie, or merely carries one, must come with an `Origin` whose host is the request's host.
 * Requests authenticated by a bearer token are exempt (a browser never adds that header on its own).
 * Mount after authMiddleware.
 */
export function sameOriginGuard(env: NodeJS.ProcessEnv = process.env): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (SAFE_METHODS.has(c.req.method) || c.var.authMethod === 'token') return next()
    if (c.var.authMethod !== 'session' && !readSessionCookie(c)) return next()
    const host = originHost(c.req.header('origin'))
    if (!host || !requestHosts(c.req.url, c.req.header('x-forwarded-host'), env).includes(host)) {
      throw new HttpError(403, 'csrf', '跨站请求被拒绝：请求缺少 Origin 请求头或来源与本站不一致，请从本站页面操作')
    }
    return next()
  }
}

/** Paths every visitor may read even when anonymous viewing is off. */
const ALWAYS_PUBLIC = /^\/api\/(health|auth)(\/|$)/

/**
 * With ALLOW_ANONYMOUS_VIEW=0 (read at request time; default '1'), every /api GET except
 * /api/health and /api/auth/* needs a signed-in user. Writes are guarded by their routes.
 * Mount after authMiddleware.
 */
export function viewerGuard(env: NodeJS.ProcessEnv = process.env): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const anonymousAllowed = (env.ALLOW_ANONYMOUS_VIEW ?? '1') !== '0'
    if (!anonymousAllowed && (c.req.method === 'GET' || c.req.method === 'HEAD') && !ALWAYS_PUBLIC.test(c.req.path)) requireUser(c)
    return next()
  }
}

/** The signed-in user, or a 401 `unauthenticated`. */
export function requireUser(c: AuthContext): AuthUser {
  const { user } = c.var
  if (!user) throw new HttpError(401, 'unauthenticated', '请先登录')
  return user
}

/** A signed-in admin, or a 401 (anonymous) / 403 `forbidden`. */
export function requireAdmin(c: AuthContext): AuthUser {
  const user = requireUser(c)
  if (user.role !== 'admin') throw new HttpError(403, 'forbidden', '需要管理员权限')
  return user
}

/** Before a route reads its input: an anonymous request is a 401 whatever it sends. */
export const signedIn: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireUser(c)
  await next()
}

/** Before a route reads its input: a non-admin learns nothing about what a valid body would be. */
export const adminOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  requireAdmin(c)
  await next()
}
