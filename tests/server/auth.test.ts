import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { ensureAdmin } from '../../server/auth/bootstrap'
import { CreateTokenResponseSchema, MeResponseSchema, UserListResponseSchema } from '../../src/contract/auth'
import { ApiErrorBodySchema } from '../../src/contract/error'
import { createTestApp } from '../support/test-app'

const ADMIN = { username: 'admin', password: 'admin-test-password' }
const EDITOR = { username: 'huanbao', password: 'editor-test-password' }
/** app.request('/api/…') is a request to http://localhost. */
const SAME_ORIGIN = 'http://localhost'

let t: Awaited<ReturnType<typeof createTestApp>>

beforeAll(async () => {
  t = await createTestApp()
  vi.spyOn(console, 'info').mockImplementation(() => {})
  await ensureAdmin(t.db, { ADMIN_PASSWORD: ADMIN.password })
  vi.restoreAllMocks()
  const admin = await login(ADMIN.username, ADMIN.password)
  const res = await post('/api/auth/users', { ...EDITOR, role: 'editor', scope: ['ecology'] }, { cookie: cookieOf(admin) })
  expect(res.status).toBe(201)
})
afterAll(() => t.close())
afterEach(() => {
  vi.unstubAllEnvs()
})

interface Auth {
  cookie?: string
  origin?: string | null
  bearer?: string
}

function headersFor({ cookie, origin = SAME_ORIGIN, bearer }: Auth = {}): Record<string, string> {
  return {
    'Content-Type': 'application/json',
    ...(cookie ? { Cookie: cookie } : {}),
    ...(origin ? { Origin: origin } : {}),
    ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}),
  }
}

const post = (path: string, body: unknown, auth: Auth = {}, url = path) =>
  t.app.request(url, { method: 'POST', headers: headersFor(auth), body: typeof body === 'string' ? body : JSON.stringify(body) })
const get = (path: string, auth: Auth = {}) => t.app.request(path, { headers: headersFor({ ...auth, origin: null }) })
const login = (username: unknown, password: unknown) => post('/api/auth/login', { username, password })

/** "jz_session=…" from a response's Set-Cookie, for the next request's Cookie header. */
function cookieOf(res: Response): string {
  const match = /(?:^|,\s*)(jz_session=[^;]*)/.exec(res.headers.get('set-cookie') ?? '')
  if (!match?.[1]) throw new Error(`no session cookie in ${res.headers.get('set-cookie')}`)
  return match[1]
}

async function errorOf(res: Response) {
  return ApiErrorBodySchema.parse(await res.json()).error
}

async function me(auth: Auth) {
  const res = await get('/api/auth/me', auth)
  expect(res.status).toBe(200)
  return MeResponseSchema.parse(await res.json()).user
}

describe('login and sessions', () => {
  it('signs in and sets an HttpOnly, SameSite=Lax session cookie for the whole site', async () => {
    const res = await login(ADMIN.username, ADMIN.password)
    expect(res.status).toBe(200)
    expect(MeResponseSchema.parse(await res.json())).toEqual({ user: { username: 'admin', role: 'admin', scope: [] } })
    const setCookie = res.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^jz_session=[A-Za-z0-9_-]{43};/)
    expect(setCookie).toMatch(/;\s*HttpOnly/i)
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/)
    expect(setCookie).not.toMatch(/;\s*Secure/i)
  })

  it('marks the cookie Secure when the request came over https', async () => {
    const res = await post('/api/auth/login', ADMIN, {}, 'https://localhost/api/auth/login')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
  })

  it('stores only a hash of the session token', async () => {
    const token = cookieOf(await login(ADMIN.username, ADMIN.password)).slice('jz_session='.length)
    const rows = await t.db.query<{ token_hash: string }>('select token_hash from sessions')
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.token_hash)).not.toContain(token)
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true)
  })

  it('answers /me with the user for a session cookie and null without one', async () => {
    const cookie = cookieOf(await login(EDITOR.username, EDITOR.password))
    expect(await me({ cookie })).toEqual({ username: 'huanbao', role: 'editor', scope: ['ecology'] })
    expect(await me({})).toBeNull()
    expect(await me({ cookie: 'jz_session=made-up-token' })).toBeNull()
  })

  it('treats an ended session as anonymous', async () => {
    const cookie = cookieOf(await login(EDITOR.username, EDITOR.password))
    await t.db.query(`update sessions set expires_at = now() - interval '1 minute'`)
    expect(await me({ cookie })).toBeNull()
  })

  it('logs out: 204, the cookie cleared and the session gone for good', async () => {
    const cookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    expect(await me({ cookie })).not.toBeNull()
    const res = await post('/api/auth/logout', undefined, { cookie })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(/^jz_session=;.*Max-Age=0/i)
    // The old cookie, replayed, no longer signs anyone in.
    expect(await me({ cookie })).toBeNull()
  })

  it('answers a wrong password and an unknown user with the same 401', async () => {
    const wrong = await login(ADMIN.username, 'not-the-password')
    const unknown = await login('nobody-here', 'not-the-password')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    // The same answer but for the request's own id.
    const [a, b] = [await errorOf(wrong), await errorOf(unknown)]
    expect(a).toEqual({ code: 'invalid_credentials', message: '用户名或密码错误', requestId: wrong.headers.get('x-request-id') })
    expect({ ...b, requestId: a.requestId }).toEqual(a)
    expect(wrong.headers.get('set-cookie')).toBeNull()
  })

  it('refuses the 6th failed attempt for a user with 429 and Retry-After, even with the right password', async () => {
    const victim = { username: 'ratelimit-victim', password: 'victim-password-1' }
    const adminCookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    expect((await post('/api/auth/users', { ...victim, role: 'viewer', scope: [] }, { cookie: adminCookie })).status).toBe(201)

    for (let i = 1; i <= 5; i++) expect((await login(victim.username, `wrong-${i}`)).status).toBe(401)
    const sixth = await login(victim.username, victim.password)
    expect(sixth.status).toBe(429)
    const retryAfter = Number(sixth.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(300)
    const error = await errorOf(sixth)
    expect(error.code).toBe('rate_limited')
    expect(error.message).toMatch(/\d+ (分钟|秒)后重试/)
    // Another account from the same client is not affected.
    expect((await login(EDITOR.username, EDITOR.password)).status).toBe(200)
  })

  it('lets parallel guesses count too: 10 at once, at most 5 reach the password check', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => login('parallel-guess', `guess-${i}`)))
    const statuses = results.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(5)
  })

  it.each<[string, string | undefined, string | undefined]>([
    ['not JSON', 'username=admin&password=x', 'JSON'],
    ['truncated JSON', '{"username": "admin"', 'JSON'],
    ['no body', '', 'JSON'],
    ['JSON null', 'null', 'JSON 对象'],
    ['a JSON array', '["admin", "x"]', 'JSON 对象'],
    ['a JSON string', '"admin"', 'JSON 对象'],
    ['an empty object', '{}', 'username'],
    ['no username', '{"password": "x"}', 'username'],
    ['no password', '{"username": "admin"}', 'password'],
    ['a numeric username', '{"username": 1, "password": "x"}', 'username'],
    ['a numeric password', '{"username": "admin", "password": 123}', 'password'],
    ['a null password', '{"username": "admin", "password": null}', 'password'],
    ['an object username', '{"username": {"$ne": ""}, "password": "x"}', 'username'],
    ['an empty username', '{"username": "", "password": "x"}', 'username'],
    ['an empty password', '{"username": "admin", "password": ""}', 'password'],
  ])('refuses a login body that is %s with a 400 naming the problem', async (_case, body, named) => {
    const res = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })
    expect(res.status).toBe(400)
    const error = await errorOf(res)
    expect(['invalid', 'invalid_json']).toContain(error.code)
    if (named) expect(error.message).toContain(named)
    expect(error.message).toMatch(/[\u4e00-\u9fff]/)
    if (named === 'username' || named === 'password') expect(Object.keys(error.fields ?? {})).toContain(named)
  })
})

describe('same-origin check for cookie sessions', () => {
  it.each<[string, string | null, number]>([
    ['no Origin', null, 403],
    ['a foreign Origin', 'https://evil.example', 403],
    ['a look-alike Origin', 'http://localhost.evil.example', 403],
    ['the opaque Origin "null"', 'null', 403],
    ['a malformed Origin', 'not a url', 403],
    ['the same Origin', SAME_ORIGIN, 204],
  ])('a cookie POST with %s (%s) → %i', async (_case, origin, status) => {
    const cookie = cookieOf(await login(EDITOR.username, EDITOR.password))
    const res = await post('/api/auth/logout', undefined, { cookie, origin })
    expect(res.status).toBe(status)
    if (status === 403) {
      expect(await errorOf(res)).toMatchObject({ code: 'csrf', message: expect.stringContaining('跨站请求被拒绝') })
      // Refused before the route ran: the session still works.
      expect(await me({ cookie })).not.toBeNull()
    }
  })

  it('also checks a write that merely carries a (stale) session cookie', async () => {
    const res = await post('/api/auth/login', EDITOR, { cookie: 'jz_session=stale', origin: null })
    expect(res.status).toBe(403)
    expect((await errorOf(res)).code).toBe('csrf')
  })

  it('lets a login without any cookie through without Origin (a fresh browser or a script)', async () => {
    const res = await post('/api/auth/login', EDITOR, { origin: null })
    expect(res.status).toBe(200)
  })
})

describe('API tokens', () => {
  it('issues a token (shown once, stored hashed) that authenticates without a cookie or Origin', async () => {
    const cookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    const res = await post('/api/auth/tokens', { label: '统计局导入脚本' }, { cookie })
    expect(res.status).toBe(201)
    const { token, label } = CreateTokenResponseSchema.parse(await res.json())
    expect(label).toBe('统计局导入脚本')
    expect(token.length).toBeGreaterThanOrEqual(40)

    const stored = await t.db.query<{ token_hash: string; label: string }>('select token_hash, label from api_tokens')
    expect(stored.map((r) => r.label)).toContain('统计局导入脚本')
    expect(stored.map((r) => r.token_hash)).not.toContain(token)

    expect(await me({ bearer: token })).toMatchObject({ username: 'admin', role: 'admin' })
    const created = await post(
      '/api/auth/users',
      { username: 'via-token', password: 'via-token-pass', role: 'viewer' },
      { bearer: token, origin: null },
    )
    expect(created.status).toBe(201)
  })

  it('refuses an unknown bearer token with 401', async () => {
    const res = await get('/api/auth/me', { bearer: 'jzt_not-a-real-token' })
    expect(res.status).toBe(401)
    expect((await errorOf(res)).code).toBe('invalid_token')
  })

  it('refuses a token without a label, naming the field', async () => {
    const cookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    const res = await post('/api/auth/tokens', { label: '' }, { cookie })
    expect(res.status).toBe(400)
    expect((await errorOf(res)).message).toContain('label')
  })
})

describe('admin-only routes', () => {
  const cases: [string, string, unknown][] = [
    ['POST', '/api/auth/tokens', { label: 'x' }],
    ['POST', '/api/auth/users', { username: 'someone', password: 'someone-password', role: 'viewer', scope: [] }],
    ['GET', '/api/auth/users', undefined],
  ]

  it.each(cases)('%s %s: anonymous → 401', async (method, path, body) => {
    const res = method === 'GET' ? await get(path) : await post(path, body)
    expect(res.status).toBe(401)
    expect(await errorOf(res)).toMatchObject({ code: 'unauthenticated', message: '请先登录' })
  })

  it.each(cases)('%s %s: an editor → 403', async (method, path, body) => {
    const cookie = cookieOf(await login(EDITOR.username, EDITOR.password))
    const res = method === 'GET' ? await get(path, { cookie }) : await post(path, body, { cookie })
    expect(res.status).toBe(403)
    expect((await errorOf(res)).code).toBe('forbidden')
  })

  it('lists users without their password hashes', async () => {
    const cookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    const res = await get('/api/auth/users', { cookie })
    expect(res.status).toBe(200)
    const raw = await res.text()
    expect(raw).not.toMatch(/\$2[aby]\$/)
    const { users } = UserListResponseSchema.parse(JSON.parse(raw))
    expect(users.find((u) => u.username === 'huanbao')).toMatchObject({ role: 'editor', scope: ['ecology'] })
  })

  it('refuses an existing username with 409 conflict, whatever its case', async () => {
    const cookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    for (const username of ['huanbao', 'HuanBao']) {
      const res = await post('/api/auth/users', { username, password: 'another-password', role: 'viewer' }, { cookie })
      expect(res.status).toBe(409)
      expect((await errorOf(res)).code).toBe('conflict')
    }
  })

  it.each([
    ['a short password', { username: 'newbie', password: 'short', role: 'viewer' }, 'password'],
    ['an unknown role', { username: 'newbie', password: 'long-enough-pw', role: 'superuser' }, 'role'],
    ['a scope that is not a list', { username: 'newbie', password: 'long-enough-pw', role: 'editor', scope: 'ecology' }, 'scope'],
    ['a username with spaces', { username: 'new bie', password: 'long-enough-pw', role: 'viewer' }, 'username'],
  ])('refuses a new user with %s, naming the field', async (_case, body, field) => {
    const cookie = cookieOf(await login(ADMIN.username, ADMIN.password))
    const res = await post('/api/auth/users', body, { cookie })
    expect(res.status).toBe(400)
    const error = await errorOf(res)
    expect(error.message).toContain(field)
    expect(Object.keys(error.fields ?? {})).toContain(field)
  })
})

describe('ALLOW_ANONYMOUS_VIEW', () => {
  it('lets anonymous visitors read by default', async () => {
    expect((await get('/api/targets')).status).toBe(200)
  })

  it('=0 makes every GET but health and auth need a signed-in user', async () => {
    vi.stubEnv('ALLOW_ANONYMOUS_VIEW', '0')
    const anonymous = await get('/api/targets')
    expect(anonymous.status).toBe(401)
    expect((await errorOf(anonymous)).code).toBe('unauthenticated')
    expect((await get('/api/targets/gdp-growth')).status).toBe(401)
    expect((await get('/api/health')).status).toBe(200)
    expect((await get('/api/auth/me')).status).toBe(200)

    const cookie = cookieOf(await login(EDITOR.username, EDITOR.password))
    expect((await get('/api/targets', { cookie })).status).toBe(200)
  })
})

describe('changing a password', () => {
  it('signs the account out everywhere else, and keeps this session', async () => {
    const here = cookieOf(await login(EDITOR.username, EDITOR.password))
    const elsewhere = cookieOf(await login(EDITOR.username, EDITOR.password))
    const res = await post('/api/auth/password', { currentPassword: EDITOR.password, newPassword: 'editor-new-password' }, { cookie: here })
    expect(res.status).toBe(204)
    expect((await me({ cookie: here }))?.username).toBe(EDITOR.username)
    expect(await me({ cookie: elsewhere })).toBeNull()
    expect((await login(EDITOR.username, 'editor-new-password')).status).toBe(200)
    // Put it back for the other tests.
    const back = await post(
      '/api/auth/password',
      { currentPassword: 'editor-new-password', newPassword: EDITOR.password },
      { cookie: here },
    )
    expect(back.status).toBe(204)
  })
})
