import type { AuthUser } from '../../src/domain/permissions'

/**
 * Demo accounts for the MSW mocks only (示例账号): plain-text passwords are fine here because these
 * never reach the real server or the production build.
 */
export const MOCK_USERS: readonly (AuthUser & { password: string })[] = [
  { id: 1, username: 'admin', password: 'admin-demo-password', role: 'admin', scope: [] },
  { id: 2, username: 'huanbao', password: 'editor-demo-password', role: 'editor', scope: ['ecology'] },
]

/** Who is signed in to the mock: one browser tab's worth of state, in memory. */
let signedIn: AuthUser | null = null
/** Passwords changed through the mock, by username. */
let changed = new Map<string, string>()

/** The mock's signed-in user (null when anonymous), for handlers that check roles with canEdit. */
export function currentMockUser(): AuthUser | null {
  return signedIn
}

export const mockUsers = {
  /** The demo account with these credentials, or undefined (wrong user or password alike). */
  check(username: string, password: string): AuthUser | undefined {
    const found = MOCK_USERS.find((u) => u.username === username && (changed.get(username) ?? u.password) === password)
    if (!found) return undefined
    const { password: _password, ...user } = found
    return { ...user, scope: [...user.scope] }
  },
  setPassword(username: string, password: string) {
    changed.set(username, password)
  },
  signIn(user: AuthUser) {
    signedIn = user
  },
  signOut() {
    signedIn = null
  },
  /** Tests start signed out; `as` signs in a demo account by name. */
  reset(as?: string) {
    changed = new Map()
    const found = MOCK_USERS.find((u) => u.username === as)
    signedIn = found ? { id: found.id, username: found.username, role: found.role, scope: [...found.scope] } : null
  },
}
