import { Hono } from 'hono'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { clientIp, createLoginRateLimiter, loginAttemptKey, retryAfterText } from '../../server/auth/rate-limit'

describe('createLoginRateLimiter', () => {
  it('allows 5 failures per key in 5 minutes, then says how long to wait, then forgets', () => {
    let now = 1_000_000
    const limiter = createLoginRateLimiter({ now: () => now })
    const key = loginAttemptKey('10.0.0.1', 'admin')
    for (let i = 0; i < 5; i++) {
      expect(limiter.begin(key)).toBeNull()
      now += 10_000
    }
    // First failure at 1_000_000: free again at 1_300_000; now is 1_050_000.
    expect(limiter.begin(key)).toEqual({ retryAfterSeconds: 250 })
    expect(limiter.begin(loginAttemptKey('10.0.0.2', 'admin'))).toBeNull()
    expect(limiter.begin(loginAttemptKey('10.0.0.1', 'editor'))).toBeNull()
    now = 1_300_001
    // The oldest failure left the window: one more attempt is allowed, not five.
    expect(limiter.begin(key)).toBeNull()
    expect(limiter.begin(key)).toEqual({ retryAfterSeconds: 10 })
  })

  it('forgets the failures after a successful login', () => {
    const limiter = createLoginRateLimiter({ now: () => 0 })
    const key = loginAttemptKey('10.0.0.1', 'admin')
    for (let i = 0; i < 4; i++) limiter.begin(key)
    limiter.succeeded(key)
    for (let i = 0; i < 5; i++) expect(limiter.begin(key)).toBeNull()
    expect(limiter.begin(key)).not.toBeNull()
  })

  it('counts usernames case-insensitively', () => {
    expect(loginAttemptKey('1.2.3.4', ' Admin')).toBe(loginAttemptKey('1.2.3.4', 'admin'))
    expect(loginAttemptKey('1.2.3.4', 'admin')).not.toBe(loginAttemptKey('1.2.3.5', 'admin'))
  })

  it.each([
    [1, '1 秒'],
    [59, '59 秒'],
    [60, '1 分钟'],
    [61, '2 分钟'],
    [300, '5 分钟'],
  ])('retryAfterText(%i) = %s', (seconds, text) => {
    expect(retryAfterText(seconds)).toBe(text)
  })
})

describe('clientIp', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })
  const app = new Hono().get('/', (c) => c.text(clientIp(c)))
  const ipOf = async (headers: Record<string, string>) => (await app.request('/', { headers })).text()

  it("is 'unknown' without a socket and ignores X-Forwarded-For unless TRUST_PROXY=1", async () => {
    expect(await ipOf({})).toBe('unknown')
    expect(await ipOf({ 'X-Forwarded-For': '203.0.113.9' })).toBe('unknown')
  })

  it('with TRUST_PROXY=1 takes the entry the proxy appended (the last), not what the client wrote', async () => {
    vi.stubEnv('TRUST_PROXY', '1')
    expect(await ipOf({ 'X-Forwarded-For': '203.0.113.9' })).toBe('203.0.113.9')
    expect(await ipOf({ 'X-Forwarded-For': '1.1.1.1, 203.0.113.9' })).toBe('203.0.113.9')
  })
})
