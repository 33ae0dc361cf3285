// Who may change which target's figures: the one rule, used by the server and the mock alike.
import type { TargetDefinition } from './target'

export const ROLES = ['viewer', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** The signed-in user (by session cookie or API token). */
export interface AuthUser {
  id: number
  username: string
  role: Role
  /** For editors: the categories (e.g. "ecology") or responsible units they may edit. */
  scope: string[]
}

/** Admins edit everything; editors the targets whose category or responsible unit is in scope. */
export function canEdit(
  user: Pick<AuthUser, 'role' | 'scope'> | null,
  target: Pick<TargetDefinition, 'category' | 'responsibleUnit'>,
): boolean {
  if (!user) return false
  if (user.role === 'admin') return true
  if (user.role !== 'editor') return false
  return user.scope.includes(target.category) || (target.responsibleUnit !== undefined && user.scope.includes(target.responsibleUnit))
}
