import bcrypt from 'bcryptjs'

/** bcrypt cost: about 50–100 ms per hash on a server core, and the same for each login attempt. */
export const BCRYPT_COST = 10

/**
 * The cost of new hashes: BCRYPT_COST unless the environment's BCRYPT_COST says otherwise. The
 * test suites set 4 (about 1 ms) so that hashing does not dominate them on a busy machine. A
 * stored hash carries its own cost, so changing this never locks anyone out.
 */
export function hashCost(env: NodeJS.ProcessEnv = process.env): number {
  const given = env.BCRYPT_COST
  if (given === undefined || given === '') return BCRYPT_COST
  const cost = Number(given)
  if (!Number.isInteger(cost) || cost < 4 || cost > 31) throw new Error(`BCRYPT_COST 无效：${given}（应为 4～31 的整数）`)
  return cost
}

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, hashCost())

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  try {
    return await bcrypt.compare(password, hash)
  } catch {
    return false
  }
}

/** A hash of no one's password: unknown users are checked against it so they take as long as known ones. */
let dummyHash: Promise<string> | undefined
export const dummyPasswordHash = (): Promise<string> => {
  dummyHash ??= bcrypt.hash('no-such-user-password', hashCost())
  return dummyHash
}
