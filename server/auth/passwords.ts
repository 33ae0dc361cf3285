import bcrypt from 'bcryptjs'

/** bcrypt cost: about 50–100 ms per hash on a server core, and the same for each login attempt. */
export const BCRYPT_COST = 10

export const hashPassword = (password: string): Promise<string> => bcrypt.hash(password, BCRYPT_COST)

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
  dummyHash ??= bcrypt.hash('no-such-user-password', BCRYPT_COST)
  return dummyHash
}
