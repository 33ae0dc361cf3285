import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { getResponse } from 'msw'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { emitMockChange, eventHandlers, openMockStreams } from '../../mocks/handlers/events'
import { createLocalBus } from '../../server/events/local-bus'
import { eventRoutes } from '../../server/events/routes'
import { type ChangeEvent, ChangeEventSchema, HEARTBEAT_MS } from '../../src/contract/events'
import { openSse } from '../support/sse-client'
import { createTestApp } from '../support/test-app'
import { until } from '../support/wait'

const change: ChangeEvent = {
  type: 'observation',
  year: 2025,
  targetId: 'urban-jobs',
  month: '2025-10',
  version: 3,
  at: '2025-11-20T04:00:00.000Z',
}

/** Serves a fetch handler on a free loopback port. */
function listen(fetch: (request: Request) => Response | Promise<Response>) {
  return new Promise<{ url: string; close: () => Promise<void> }>((ok) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      ok({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise((done) => {
            // Open streams would hold close() forever.
            ;(server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.()
            server.close(() => done())
          }),
      }),
    )
  })
}

describe('local event bus', () => {
  it('fans an event out to every subscriber and stops after unsubscribe', async () => {
    const bus = createLocalBus()
    const a: ChangeEvent[] = []
    const b: ChangeEvent[] = []
    const offA = bus.subscribe((e) => a.push(e))
    bus.subscribe((e) => b.push(e))
    expect(bus.listenerCount()).toBe(2)
    await bus.publish(change)
    expect(a).toEqual([change])
    expect(b).toEqual([change])
    offA()
    offA()
    expect(bus.listenerCount()).toBe(1)
    await bus.publish({ type: 'catalog', year: 2025, at: change.at })
    expect(a).toHaveLength(1)
    expect(b).toHaveLength(2)
    await bus.close()
    expect(bus.listenerCount()).toBe(0)
  })

  it('keeps delivering when one listener throws', async () => {
    const bus = createLocalBus()
    const seen: ChangeEvent[] = []
    // The broken listener is reported (console.error), which this test expects.
    const reported = vi.spyOn(console, 'error').mockImplementation(() => {})
    bus.subscribe(() => {
      throw new Error('broken client')
    })
    bus.subscribe((e) => seen.push(e))
    await bus.publish(change)
    expect(seen).toEqual([change])
    expect(reported).toHaveBeenCalledOnce()
  })
})

describe('GET /api/events over real HTTP', () => {
  let test: Awaited<ReturnType<typeof createTestApp>>
  let http: Awaited<ReturnType<typeof listen>>

  beforeAll(async () => {
    test = await createTestApp()
    http = await listen(test.app.fetch)
  })
  afterAll(async () => {
    await http?.close()
    await test?.close()
  })

  it('answers an event stream: ready first, then each published change with an id', async () => {
    const sse = await openSse(`${http.url}/api/events`)
    try {
      expect(sse.status).toBe(200)
      expect(sse.headers.get('content-type')).toMatch(/^text\/event-stream/)
      expect(sse.headers.get('cache-control')).toBe('no-cache')
      expect(sse.headers.get('x-accel-buffering')).toBe('no')
      const ready = await sse.next()
      expect(ready).toMatchObject({ event: 'ready', data: '{}' })
      expect(test.events.listenerCount()).toBe(1)

      await test.events.publish(change)
      await test.events.publish({ type: 'catalog', year: 2025, at: change.at })
      const first = await sse.next()
      expect(first.event).toBe('change')
      expect(first.id).toMatch(/^\d+$/)
      expect(ChangeEventSchema.parse(JSON.parse(first.data))).toEqual(change)
      const second = await sse.next()
      expect(JSON.parse(second.data)).toMatchObject({ type: 'catalog', year: 2025 })
      expect(Number(second.id)).toBeGreaterThan(Number(first.id))
    } finally {
      sse.close()
    }
  })

  it('forgets a client that disconnects', async () => {
    const clients = await Promise.all([openSse(`${http.url}/api/events`), openSse(`${http.url}/api/events`)])
    for (const c of clients) await c.next('ready')
    expect(test.events.listenerCount()).toBe(2)
    clients[0]?.close()
    await until(() => test.events.listenerCount() === 1, 'the server forgets the closed stream')
    // The other connection is unaffected.
    await test.events.publish(change)
    expect((await clients[1]?.next('change'))?.data).toBe(JSON.stringify(change))
    clients[1]?.close()
    await until(() => test.events.listenerCount() === 0, 'the server forgets the last stream')
  })
})

describe('SSE heartbeat', () => {
  it('sends a ping event on the interval and stops its timer on disconnect', async () => {
    const bus = createLocalBus()
    const http = await listen(new Hono().route('/events', eventRoutes(bus, { heartbeatMs: 30 })).fetch)
    try {
      const sse = await openSse(`${http.url}/events`)
      await sse.next('ready')
      expect(await sse.next('ping')).toMatchObject({ event: 'ping', data: '{}' })
      expect(await sse.next('ping')).toMatchObject({ event: 'ping', data: '{}' })
      sse.close()
      await until(() => bus.listenerCount() === 0, 'the bus forgets the closed stream')
    } finally {
      await http.close()
    }
  })
})

describe('MSW mock of GET /api/events', () => {
  it('answers ready, then every emitMockChange, and forgets a cancelled stream', async () => {
    const controller = new AbortController()
    const response = await getResponse(eventHandlers, new Request('http://localhost/api/events', { signal: controller.signal }))
    expect(response?.headers.get('content-type')).toBe('text/event-stream')
    const reader = response?.body?.pipeThrough(new TextDecoderStream()).getReader()
    if (!reader) throw new Error('no stream')
    const read = async () => (await reader.read()).value ?? ''
    expect(await read()).toContain('event: ready\ndata: {}\n\n')
    expect(openMockStreams()).toBe(1)
    emitMockChange(change)
    const text = await read()
    expect(text).toMatch(/^event: change\nid: \d+\ndata: (.*)\n\n$/)
    expect(ChangeEventSchema.parse(JSON.parse(text.split('data: ')[1] ?? ''))).toEqual(change)
    await reader.cancel()
    expect(openMockStreams()).toBe(0)
  })

  it('pings an open stream every HEARTBEAT_MS, as the server does, until it is cancelled', async () => {
    vi.useFakeTimers()
    try {
      const response = await getResponse(eventHandlers, new Request('http://localhost/api/events'))
      const reader = response?.body?.pipeThrough(new TextDecoderStream()).getReader()
      if (!reader) throw new Error('no stream')
      expect((await reader.read()).value).toContain('event: ready')
      vi.advanceTimersByTime(HEARTBEAT_MS)
      expect((await reader.read()).value).toBe('event: ping\ndata: {}\n\n')
      await reader.cancel()
      expect(vi.getTimerCount()).toBe(0)
    } finally {
      vi.useRealTimers()
    }
  })
})
