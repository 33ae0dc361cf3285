import { afterEach, describe, expect, it, vi } from 'vitest'
import { ensureAdmin } from '../../server/auth/bootstrap'
import { hashCost, verifyPassword } from '../../server/auth/passwords'
import type { Database } from '../../server/db/database'
import { openTestDatabase } from '../support/test-app'

const adminRow = async (db: Database) =>
  (
    await db.query<{ username: string; role: string; password_hash: string }>(
      "select username, role, password_hash from users where username = 'admin'",
    )
  )[0]

const printed = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.map((args) => args.map(String).join(' ')).join('\n')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('ensureAdmin', () => {
  it('creates admin once with ADMIN_PASSWORD, never prints it, and leaves it alone on the next start', async () => {
    const db = await openTestDatabase()
    try {
      const info = vi.spyOn(console, 'info').mockImplementation(() => {})
      const log = vi.spyOn(console, 'log').mockImplementation(() => {})

      expect(await ensureAdmin(db, { ADMIN_PASSWORD: 'first-admin-password' })).toEqual({ created: true })
      const first = await adminRow(db)
      expect(first).toMatchObject({ username: 'admin', role: 'admin' })
      // The cost the suite runs with (cheap, BCRYPT_COST in vitest.config.ts); production's is in passwords.test.ts.
      expect(first?.password_hash).toMatch(new RegExp(`^\\$2[aby]\\$${String(hashCost()).padStart(2, '0')}\\$`))
      expect(await verifyPassword('first-admin-password', first?.password_hash ?? '')).toBe(true)
      expect(printed(info) + printed(log)).not.toContain('first-admin-password')

      info.mockClear()
      expect(await ensureAdmin(db, { ADMIN_PASSWORD: 'a-different-password' })).toEqual({ created: false })
      expect(info).not.toHaveBeenCalled()
      const second = await adminRow(db)
      expect(second?.password_hash).toBe(first?.password_hash)
      expect((await db.query('select id from users')).length).toBe(1)
    } finally {
      await db.close()
    }
  })

  it('generates a strong password, prints it once in Chinese, and never again', async () => {
    const db = await openTestDatabase()
    try {
      const info = vi.spyOn(console, 'info').mockImplementation(() => {})
      expect(await ensureAdmin(db, {})).toEqual({ created: true })
      expect(info).toHaveBeenCalledTimes(1)
      const message = printed(info)
      expect(message).toContain('首次启动已创建管理员 admin，初始密码：')
      expect(message).toContain('请登录后修改')
      const password = /初始密码：(\S+)/.exec(message)?.[1] ?? ''
      expect(password.length).toBeGreaterThanOrEqual(20)
      expect(await verifyPassword(password, (await adminRow(db))?.password_hash ?? '')).toBe(true)

      info.mockClear()
      expect(await ensureAdmin(db, {})).toEqual({ created: false })
      expect(info).not.toHaveBeenCalled()
      expect(await verifyPassword(password, (await adminRow(db))?.password_hash ?? '')).toBe(true)
    } finally {
      await db.close()
    }
  })

  it('two fresh databases get two different generated passwords', async () => {
    const passwords: string[] = []
    for (let i = 0; i < 2; i++) {
      const db = await openTestDatabase()
      const info = vi.spyOn(console, 'info').mockImplementation(() => {})
      await ensureAdmin(db, {})
      passwords.push(/初始密码：(\S+)/.exec(printed(info))?.[1] ?? '')
      vi.restoreAllMocks()
      await db.close()
    }
    expect(passwords[0]).not.toBe(passwords[1])
  })

  it('creates nothing when any user already exists', async () => {
    const db = await openTestDatabase()
    try {
      await db.query("insert into users (username, password_hash, role) values ('someone', 'x', 'viewer')")
      const info = vi.spyOn(console, 'info').mockImplementation(() => {})
      expect(await ensureAdmin(db, {})).toEqual({ created: false })
      expect(await adminRow(db)).toBeUndefined()
      expect(info).not.toHaveBeenCalled()
    } finally {
      await db.close()
    }
  })

  it('refuses an ADMIN_PASSWORD shorter than 8 characters', async () => {
    const db = await openTestDatabase()
    try {
      await expect(ensureAdmin(db, { ADMIN_PASSWORD: 'short' })).rejects.toThrow('ADMIN_PASSWORD')
      expect(await adminRow(db)).toBeUndefined()
    } finally {
      await db.close()
    }
  })
})
