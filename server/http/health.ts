import { Hono } from 'hono'
import type { Database } from '../db/database'

/** Liveness and database reachability, for load balancers and the test harness. */
export const healthRoutes = (db: Database) =>
  new Hono().get('/', async (c) => {
    await db.query('select 1')
    return c.json({ ok: true, database: db.kind })
  })
