import { Hono } from 'hono'
import { describeRoute } from 'hono-openapi'
import { type HealthResponse, HealthResponseSchema } from '../../src/contract/health'
import type { Database } from '../db/database'
import { answer } from './describe'

/** Liveness and database reachability, for load balancers and the test harness. */
export const healthRoutes = (db: Database) =>
  new Hono().get(
    '/',
    describeRoute({ tags: ['系统'], summary: '服务与数据库是否可用', responses: { 200: answer(HealthResponseSchema, '可用') } }),
    async (c) => {
      await db.query('select 1')
      return c.json<HealthResponse>({ ok: true, database: db.kind })
    },
  )
