import postgres from 'postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ChangeEventSchema } from '../../src/contract/events'
import { TestClient } from '../support/http-client'
import { type RunningPostgres, startPostgres } from '../support/postgres'
import { type RunningServer, startServer } from '../support/server-process'
import { openSse, type SseConnection } from '../support/sse-client'

const ADMIN_PASSWORD = 'pg-events-admin-password'
const at = '2025-11-20T04:00:00.000Z'

// Two API instances behind one PostgreSQL, as in a load-balanced deployment: a write on one must
// reach the live stream of the other through LISTEN/NOTIFY.
describe('live updates across two instances on PostgreSQL', () => {
  let pg: RunningPostgres
  let a: RunningServer
  let b: RunningServer
  let sql: postgres.Sql
  const streams: SseConnection[] = []

  const connect = async (server: RunningServer) => {
    const sse = await openSse(`${server.url}/api/events`)
    streams.push(sse)
    expect(sse.status).toBe(200)
    await sse.next('ready')
    return sse
  }

  beforeAll(async () => {
    pg = await startPostgres()
    const env = { DATABASE_URL: pg.url, ADMIN_PASSWORD }
    // Both at once on an empty database: the migration lock lets exactly one migrate.
    ;[a, b] = await Promise.all([startServer({ env }), startServer({ env })])
    sql = postgres(pg.url, { max: 1, onnotice: () => {} })
  })
  afterAll(async () => {
    for (const s of streams) s.close()
    await sql?.end({ timeout: 5 })
    await Promise.all([a?.stop(), b?.stop()])
    await pg?.stop()
  })

  it('delivers a NOTIFY on jz_changes to the streams of both instances, dropping malformed payloads', async () => {
    const [onA, onB] = await Promise.all([connect(a), connect(b)])
    await sql.notify('jz_changes', 'not json')
    await sql.notify('jz_changes', JSON.stringify({ type: 'observation', year: 'soon' }))
    const event = { type: 'catalog', year: 2025, at }
    await sql.notify('jz_changes', JSON.stringify(event))
    for (const sse of [onA, onB]) {
      const message = await sse.next()
      expect(message.event).toBe('change')
      expect(ChangeEventSchema.parse(JSON.parse(message.data))).toEqual(event)
    }
    expect(b.output()).toContain('丢弃')
  })

  it('streams a figure written on instance A to a client of instance B, once', async () => {
    const [onA, onB] = await Promise.all([connect(a), connect(b)])
    const client = new TestClient(a.url)
    await client.login('admin', ADMIN_PASSWORD)
    const started = Date.now()
    const res = await client.put('/api/targets/urban-jobs/observations/2025-10', { value: 2.87 })
    if (res.status === 404) throw new Error(`PUT /api/targets/{id}/observations/{month} 未挂载 (404: ${JSON.stringify(res.json)})`)
    expect(res.status, JSON.stringify(res.json)).toBe(201)

    // Arriving at all, once, is the contract; how soon is a figure to print, not a pass mark.
    const message = await onB.next('change')
    const delay = Date.now() - started
    console.info(`instance A write → instance B stream: ${delay} ms (PUT included)`)
    expect(ChangeEventSchema.parse(JSON.parse(message.data))).toMatchObject({
      type: 'observation',
      year: 2025,
      targetId: 'urban-jobs',
      month: '2025-10',
      version: 1,
    })

    // The writing instance hears its own NOTIFY and delivers it exactly once: after the change,
    // the next message on A is the marker sent afterwards, not a duplicate.
    expect(JSON.parse((await onA.next('change')).data)).toMatchObject({ targetId: 'urban-jobs', version: 1 })
    await sql.notify('jz_changes', JSON.stringify({ type: 'catalog', year: 2099, at }))
    expect(JSON.parse((await onA.next('change')).data)).toMatchObject({ type: 'catalog', year: 2099 })
    expect(JSON.parse((await onB.next('change')).data)).toMatchObject({ type: 'catalog', year: 2099 })
  })
})
