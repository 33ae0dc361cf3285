import { createHash, randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AuthUser, Role } from '../../src/domain/permissions'
import type { Queryable } from '../db/database'

export const SESSION_COOKIE = 'jz_session'
/** Absolute lifetime: a session made at 08:00 ends at 20:00, however busy it was. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000

/** A fresh secret: 32 random bytes, base64url (43 characters). */
export const newSecret = (): string => randomBytes(32).toString('base64url')

/** Only this SHA-256 (hex) of a session or API token is stored: a leaked table opens no session. */
export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex')

/** A users row as selected by USER_COLUMNS (scope is jsonb: parsed by PGlite and postgres.js, text otherwise). */
export interface UserRow {
  id: number
  username: string
  role: Role
  scope: string[] | string
}
export const USER_COLUMNS = 'u.id, u.username, u.role, u.scope'

export function toAuthUser(row: UserRow): AuthUser {
  const scope: unknown = typeof row.scope === 'string' ? JSON.parse(row.scope) : row.scope
  return {
    id: row.id,
    username: row.username,
    role: row.role,
    scope: Array.isArray(scope) ? scope.filter((s): s is string => typeof s === 'string') : [],
  }
}

/** Starts a session for the user; answers the token for the cookie (never stored) and its end. */
export async function createSession(db: Queryable, userId: number, now: Date = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret()
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS)
  // Housekeeping on the way: ended sessions are of no use to anyone.
  await db.query('delete from sessions where expires_at <= $1', [now.toISOString()])
  await db.query('insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)', [
    hashSecret(token),
    userId,
    expiresAt.toISOString(),
  ])
  return { token, expiresAt }
}

/** The session's user, or null when the token is unknown or the session has ended. */
export async function findSessionUser(db: Queryable, token: string, now: Date = new Date()): Promise<AuthUser | null> {
  const [row] = await db.query<UserRow>(
    `select ${USER_COLUMNS} from sessions s join users u on u.id = s.user_id where s.token_hash = $1 and s.expires_at > $2`,
    [hashSecret(token), now.toISOString()],
  )
  return row ? toAuthUser(row) : null
}

export async function deleteSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashSecret(token)])
}

/** Whether the request reached us over https (behind a TLS-terminating proxy only when TRUST_PROXY=1). */
export function isHttps(c: Context, env: NodeJS.ProcessEnv = process.env): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true
  return env.TRUST_PROXY === '1' && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
}

export const readSessionCookie = (c: Context): string | undefined => getCookie(c, SESSION_COOKIE) || undefined

export function setSessionCookie(c: Context, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: isHttps(c),
    expires: expiresAt,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  })
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { httpOnly: true, sameSite: 'Lax', path: '/', secure: isHttps(c) })
}
