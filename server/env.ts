import type { RequestIdVariables } from 'hono/request-id'
import type { AuthUser } from '../src/domain/permissions'
import type { Logger } from './logger'

/** Hono's context variables: the request's id and logger for every request, the user for every /api request. */
export interface AppEnv {
  Variables: RequestIdVariables & {
    /** The app's logger with this request's id (server/http/request-log.ts). */
    log: Logger
    /** Null for anonymous requests. */
    user: AuthUser | null
    /** How the user was authenticated: a cookie session needs the same-origin check on writes. */
    authMethod: 'session' | 'token' | null
  }
}
