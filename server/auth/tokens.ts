import type { AuthUser } from '../../src/domain/permissions'
import type { Queryable } from '../db/database'
import { hashSecret, newSecret, toAuthUser, USER_COLUMNS, type UserRow } from './sessions'

/** Issued tokens start with this, so a leaked one is recognisable in logs and secret scanners. */
export const API_TOKEN_PREFIX = 'jzt_'

/** Issues an API token for the user; the token is answered once, only its SHA-256 is stored. */
export async function createApiToken(db: Queryable, userId: number, label: string): Promise<string> {
  const token = `${API_TOKEN_PREFIX}${newSecret()}`
  await db.query('insert into api_tokens (token_hash, user_id, label) values ($1, $2, $3)', [hashSecret(token), userId, label])
  return token
}

/** The token's user, or null for an unknown (or revoked) token. */
export async function findTokenUser(db: Queryable, token: string): Promise<AuthUser | null> {
  const [row] = await db.query<UserRow>(
    `select ${USER_COLUMNS} from api_tokens t join users u on u.id = t.user_id where t.token_hash = $1`,
    [hashSecret(token)],
  )
  return row ? toAuthUser(row) : null
}

/** The token of an `Authorization: Bearer <token>` header; undefined without one, '' when it is empty. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer(?:\s+(.*))?$/i.exec(authorization?.trim() ?? '')
  return match ? (match[1] ?? '').trim() : undefined
}
