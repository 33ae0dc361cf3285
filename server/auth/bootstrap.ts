import { randomBytes } from 'node:crypto'
import type { Database } from '../db/database'
import { hashPassword } from './passwords'

export const ADMIN_USERNAME = 'admin'

/**
 * On a database without users, creates `admin` (role admin) with ADMIN_PASSWORD, or with a
 * generated password printed this once. Once any user exists it does nothing, so a restart never
 * resets or reprints the password. Safe when several instances start at once: the insert only
 * happens while the table is empty and only the instance that inserted prints.
 */
export async function ensureAdmin(db: Database, env: NodeJS.ProcessEnv = process.env): Promise<{ created: boolean }> {
  const [existing] = await db.query<{ n: number | string }>('select count(*) as n from users')
  if (Number(existing?.n ?? 0) > 0) return { created: false }

  const given = env.ADMIN_PASSWORD
  if (given !== undefined && given !== '' && given.length < 8) throw new Error('ADMIN_PASSWORD 至少需要 8 个字符')
  if (given && Buffer.byteLength(given) > 72) throw new Error('ADMIN_PASSWORD 不能超过 72 字节')
  const password = given || randomBytes(18).toString('base64url')

  const inserted = await db.query<{ id: number }>(
    `insert into users (username, password_hash, role, scope)
     select $1, $2, 'admin', '[]' where not exists (select 1 from users)
     on conflict (username) do nothing
     returning id`,
    [ADMIN_USERNAME, await hashPassword(password)],
  )
  if (inserted.length === 0) return { created: false }
  if (given) console.info(`首次启动已创建管理员 ${ADMIN_USERNAME}，密码为环境变量 ADMIN_PASSWORD 的值`)
  else console.info(`首次启动已创建管理员 ${ADMIN_USERNAME}，初始密码：${password} 请登录后修改（此密码只显示这一次）`)
  return { created: true }
}
