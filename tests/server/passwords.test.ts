import { afterEach, describe, expect, it, vi } from 'vitest'
import { BCRYPT_COST, hashCost, hashPassword, verifyPassword } from '../../server/auth/passwords'

const costOf = (hash: string) => Number(/^\$2[aby]\$(\d\d)\$/.exec(hash)?.[1])

describe('password hash cost', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
  })

  it('is 10 unless BCRYPT_COST says otherwise', () => {
    expect(BCRYPT_COST).toBe(10)
    expect(hashCost({})).toBe(10)
    expect(hashCost({ BCRYPT_COST: '' })).toBe(10)
    expect(hashCost({ BCRYPT_COST: '12' })).toBe(12)
  })

  it.each(['3', '32', '10.5', 'ten'])('refuses BCRYPT_COST=%s', (given) => {
    expect(() => hashCost({ BCRYPT_COST: given })).toThrow('BCRYPT_COST 无效')
  })

  it('hashes at the configured cost, and a hash of any cost verifies', async () => {
    // The suites run with a cheap cost (vitest.config.ts); production's default is checked above.
    expect(costOf(await hashPassword('some-password'))).toBe(hashCost())
    vi.stubEnv('BCRYPT_COST', '5')
    const cheap = await hashPassword('some-password')
    expect(costOf(cheap)).toBe(5)
    vi.unstubAllEnvs()
    expect(await verifyPassword('some-password', cheap)).toBe(true)
    expect(await verifyPassword('other-password', cheap)).toBe(false)
  })
})
