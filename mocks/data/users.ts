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
/** Accounts an admin created through the mock, with when; cleared by reset(). */
let created: (AuthUser & { password: string; createdAt: string })[] = []

/** The mock's signed-in user (null when anonymous), for handlers that check roles with canEdit. */
export function currentMockUser(): AuthUser | null {
  return signedIn
}

export const mockUsers = {
  /** The demo account with these credentials, or undefined (wrong user or password alike). */
  check(username: string, password: string): AuthUser | undefined {
    const found = [...MOCK_USERS, ...created].find((u) => u.username === username && (changed.get(username) ?? u.password) === password)
    if (!found) return undefined
    return { id: found.id, username: found.username, role: found.role, scope: [...found.scope] }
  },
  /** The demo accounts and those created since, without passwords. */
  list(): (AuthUser & { createdAt?: string })[] {
    return [...MOCK_USERS, ...created].map(({ password: _password, ...u }) => ({ ...u, scope: [...u.scope] }))
  },
  /** Adds an account (the caller has checked the name is free). */
  create(user: Omit<AuthUser, 'id'> & { password: string }): AuthUser & { createdAt: string } {
    const id = Math.max(0, ...MOCK_USERS.map((u) => u.id), ...created.map((u) => u.id)) + 1
    const row = { ...user, id, scope: [...user.scope], createdAt: new Date().toISOString() }
    created.push(row)
    const { password: _password, ...summary } = row
    return summary
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
    created = []
    const found = MOCK_USERS.find((u) => u.username === as)
    signedIn = found ? { id: found.id, username: found.username, role: found.role, scope: [...found.scope] } : null
  },
}
