import type { AuthUser } from '../src/domain/permissions'

/** Hono's context variables: set by the auth middleware for every /api request. */
export interface AppEnv {
  Variables: {
    /** Null for anonymous requests. */
    user: AuthUser | null
    /** How the user was authenticated: a cookie session needs the same-origin check on writes. */
    authMethod: 'session' | 'token' | null
  }
}
