import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../env'
import type { Logger } from '../logger'

/**
 * After hono's requestId(): `c.var.log` is the logger with this request's id on every line, and
 * one line per request says how it ended. The same id is in the X-Request-Id header and in every
 * error answer, so a user's report of an error leads to its lines.
 */
export const requestLog =
  (log: Logger): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    const started = performance.now()
    const scoped = log.child({ requestId: c.var.requestId })
    c.set('log', scoped)
    await next()
    const ms = Math.round(performance.now() - started)
    scoped.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, `${c.req.method} ${c.req.path} ${c.res.status}`)
  }
