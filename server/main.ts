import { serve } from '@hono/node-server'
import { createApp } from './app'
import { ensureAdmin } from './auth/bootstrap'
import { readConfig } from './config'
import { openDatabase } from './db/open'
import { prepareDatabase } from './db/prepare'
import { openEventBus } from './events/open-bus'
import { createLogger } from './logger'

const config = readConfig()
const db = await openDatabase(config)
await prepareDatabase(db)
await ensureAdmin(db)
const events = await openEventBus(db)

const log = createLogger(config.logLevel)
const app = createApp({ db, events, log, now: () => new Date(), staticDir: config.staticDir })
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(
    `目标进度看板已启动: http://localhost:${info.port}  (数据库: ${db.kind === 'pglite' ? `PGlite ${config.dataDir}` : 'PostgreSQL'})`,
  )
})

// Close the database on the way out so PGlite checkpoints its WAL and releases the data-dir lock.
let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    server.close()
    events
      .close()
      .catch((error) => console.error(error))
      .then(() => db.close())
      .then(
        () => process.exit(0),
        (error) => {
          console.error(error)
          process.exit(1)
        },
      )
  })
}
