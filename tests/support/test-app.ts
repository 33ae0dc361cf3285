import { createApp } from '../../server/app'
import type { Database } from '../../server/db/database'
import { openPglite } from '../../server/db/pglite'
import { prepareDatabase } from '../../server/db/prepare'
import { createLocalBus } from '../../server/events/local-bus'
import { createLogger } from '../../server/logger'

/** A migrated, seeded in-memory PGlite: fast enough for one per test file. */
export async function openTestDatabase(): Promise<Database> {
  const db = await openPglite()
  await prepareDatabase(db)
  return db
}

/** The real Hono app over an in-memory database, called in process with `app.request()`. */
export async function createTestApp(options: { now?: Date } = {}) {
  const db = await openTestDatabase()
  const now = options.now ?? new Date('2025-11-20T04:00:00Z')
  const events = createLocalBus()
  const app = createApp({ db, events, log: createLogger('silent'), now: () => now })
  return { app, db, events, close: () => db.close() }
}
