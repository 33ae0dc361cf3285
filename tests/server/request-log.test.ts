import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import type { Database } from '../../server/db/database'
import { createLocalBus } from '../../server/events/local-bus'
import { createLogger } from '../../server/logger'
import { ApiErrorBodySchema } from '../../src/contract/error'
import { openTestDatabase } from '../support/test-app'

describe('request logging', () => {
  const lines: Record<string, unknown>[] = []
  let db: Database
  let app: ReturnType<typeof createApp>
  const log = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) })
  beforeAll(async () => {
    db = await openTestDatabase()
    app = createApp({ db, events: createLocalBus(), log, now: () => new Date('2025-11-20T04:00:00Z') })
  }, 60_000)
  afterAll(() => db.close())

  const linesOf = (requestId: string) => lines.filter((l) => l.requestId === requestId)

  it('gives every request an id, in the X-Request-Id header and on its log line', async () => {
    const res = await app.request('/api/targets?year=2025')
    expect(res.status).toBe(200)
    const id = res.headers.get('x-request-id') ?? ''
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(linesOf(id)).toMatchObject([{ level: 30, method: 'GET', path: '/api/targets', status: 200 }])
  })

  it('puts the id in every error answer', async () => {
    const res = await app.request('/api/targets?year=abc')
    const body = ApiErrorBodySchema.parse(await res.json())
    expect(res.status).toBe(400)
    expect(body.error.requestId).toBe(res.headers.get('x-request-id'))
    expect(linesOf(body.error.requestId ?? '')).toMatchObject([{ status: 400 }])
  })

  it('logs an unexpected error with the id the user was shown, and no detail in the answer', async () => {
    const lost: Database = { ...db, query: () => Promise.reject(new Error('connection lost')) }
    const broken = createApp({ db: lost, events: createLocalBus(), log, now: () => new Date() })
    const res = await broken.request('/api/health')
    const body = ApiErrorBodySchema.parse(await res.json())
    expect(res.status).toBe(500)
    expect(body.error).toMatchObject({ code: 'internal', message: '服务器内部错误，请稍后重试' })
    const logged = linesOf(body.error.requestId ?? '')
    expect(logged).toMatchObject([{ level: 50, msg: '未处理的错误', err: { message: 'connection lost' } }, { status: 500 }])
  })
})
