import type { Database } from './db/database'
import type { EventBus } from './events/bus'
import type { Logger } from './logger'

/** What the app and its route files are built from; its own file so routes need not import app.ts. */
export interface AppDeps {
  db: Database
  /** The server's clock; tests pass a fixed one. */
  now: () => Date
  /** Change events for the live stream (GET /api/events); writes publish after they commit. */
  events: EventBus
  /** Request lines and errors; each request's lines carry its id. */
  log: Logger
  /** The built SPA (dist/); absent in API-only tests. */
  staticDir?: string
}
