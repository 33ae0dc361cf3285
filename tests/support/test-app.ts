import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { createApp } from '../../server/app'
import type { Database } from '../../server/db/database'
import { openPglite } from '../../server/db/pglite'
import { prepareDatabase } from '../../server/db/prepare'
import { createLocalBus } from '../../server/events/local-bus'
import { createLogger } from '../../server/logger'
import { provided } from './provided'
import { tempDir } from './temp'

/**
 * A migrated, seeded PGlite of its own: a copy of the run's template database (about a second to
 * copy and open, where a new PGlite's initdb and migrations take 5–10 s), removed when the test
 * file ends.
 */
export async function openTestDatabase(): Promise<Database> {
  const dir = tempDir('db')
  const template = provided('pgliteTemplate')
  if (template) cpSync(template, join(dir, 'pg'), { recursive: true })
  const db = await openPglite(dir)
  // The template is this run's own prepareDatabase; without one (outside vitest) do it here.
  if (!template) await prepareDatabase(db)
  return db
}

/** The real Hono app over a database of its own, called in process with `app.request()`. */
export async function createTestApp(options: { now?: Date } = {}) {
  const db = await openTestDatabase()
  const now = options.now ?? new Date('2025-11-20T04:00:00Z')
  const events = createLocalBus()
  const app = createApp({ db, events, log: createLogger('silent'), now: () => now })
  return { app, db, events, close: () => db.close() }
}
