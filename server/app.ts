import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { malformedJsonBody } from '../src/contract/validation-error'
import { auditRoutes } from './audit/routes'
import { authMiddleware, sameOriginGuard, viewerGuard } from './auth/middleware'
import { authRoutes } from './auth/routes'
import type { AppDeps } from './deps'
import type { AppEnv } from './env'
import { eventRoutes } from './events/routes'
import { HttpError, respondError } from './http/errors'
import { healthRoutes } from './http/health'
import { apiDescriptionRoutes } from './http/openapi'
import { requestLog } from './http/request-log'
import { importRoutes } from './import/routes'
import { observationRoutes } from './observations/routes'
import { targetRoutes } from './targets/routes'

export function createApp(deps: AppDeps) {
  const api = new Hono<AppEnv>()
    .route('/health', healthRoutes(deps.db))
    .route('/auth', authRoutes(deps.db))
    .route('/targets', targetRoutes(deps))
    .route('/targets/:id/observations', observationRoutes(deps))
    .route('/audit', auditRoutes(deps))
    .route('/import', importRoutes(deps))
    .route('/events', eventRoutes(deps.events))
    .route(
      '/',
      apiDescriptionRoutes(() => app),
    )

  // Annotated: the API description reads the finished app, which would otherwise infer its own type.
  const app: Hono<AppEnv> = new Hono<AppEnv>()
    .use('*', requestId(), requestLog(deps.log))
    .use(
      '/api/*',
      // 2000 import rows are about 200 KB; anything far larger is a mistake or an attack.
      bodyLimit({
        maxSize: 1024 * 1024,
        onError: (c) => respondError(c, new HttpError(413, 'too_large', '请求内容过大（上限 1 MB），请分批导入')),
      }),
      authMiddleware(deps.db),
      sameOriginGuard(),
      viewerGuard(),
    )
    .route('/api', api)
    .all('/api/*', (c) => respondError(c, new HttpError(404, 'not_found', '接口不存在')))
    .onError((error, c) => {
      if (error instanceof HttpError) return respondError(c, error)
      // Hono's JSON validator throws this, before any hook, for a body that says JSON and is not.
      if (error instanceof HTTPException && error.status === 400) {
        const { error: malformed } = malformedJsonBody()
        return respondError(c, new HttpError(400, malformed.code, malformed.message, malformed.fields))
      }
      // The request's logger, or the app's if the error came before requestLog ran.
      const log = c.var.log ?? deps.log
      log.error({ err: error }, '未处理的错误')
      return respondError(c, new HttpError(500, 'internal', '服务器内部错误，请稍后重试'))
    })

  const { staticDir } = deps
  if (staticDir && existsSync(join(staticDir, 'index.html'))) {
    const indexHtml = readFileSync(join(staticDir, 'index.html'), 'utf8')
    app.use(
      '/assets/*',
      serveStatic({
        root: staticDir,
        // Hashed file names never change content: cache them for a year.
        onFound: (_path, c) => {
          c.header('Cache-Control', 'public, max-age=31536000, immutable')
        },
      }),
    )
    app.use('*', serveStatic({ root: staticDir }))
    // Client-side routes (/targets/gdp-growth, /wall …) all answer the SPA shell.
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache')
      return c.html(indexHtml)
    })
  }
  return app
}
