import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import { describeRoute, resolver } from 'hono-openapi'
import { type ChangeEvent, ChangeEventSchema, HEARTBEAT_MS } from '../../src/contract/events'
import type { EventBus } from './bus'

const DESCRIPTION = {
  tags: ['实时更新'],
  summary: '变更事件流（Server-Sent Events）',
  description: '先发 ready，之后每次写入提交后发 change（data 为下述 JSON），每 15 秒发一个 ping 事件作心跳。',
  responses: { 200: { description: '事件流', content: { 'text/event-stream': { schema: resolver(ChangeEventSchema) } } } },
}

/** Per process, for the SSE `id` field (not replayable: a reconnecting client refetches instead). */
let sequence = 0

/**
 * GET / : Server-Sent Events. First `ready` ({}), then every bus event as `change`, and a `ping`
 * ({}) every 15 s, so proxies keep the stream open and clients notice one that went silent. Each
 * connection costs one bus subscription and one timer, both released when the client goes away.
 */
export function eventRoutes(bus: EventBus, options: { heartbeatMs?: number } = {}) {
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS
  return new Hono().get('/', describeRoute(DESCRIPTION), (c) => {
    c.header('Cache-Control', 'no-cache')
    c.header('X-Accel-Buffering', 'no')
    return streamSSE(c, async (stream) => {
      // One chain for every write, so a heartbeat never splits an event and events keep their order.
      let queue: Promise<unknown> = Promise.resolve()
      const enqueue = (write: () => Promise<unknown>) => {
        queue = queue.then(write).catch(() => {})
      }
      const send = (event: ChangeEvent) =>
        enqueue(() => stream.writeSSE({ event: 'change', id: String(++sequence), data: JSON.stringify(event) }))

      const unsubscribe = bus.subscribe(send)
      const heartbeat = setInterval(() => enqueue(() => stream.writeSSE({ event: 'ping', data: '{}' })), heartbeatMs)
      const closed = new Promise<void>((resolve) => {
        const release = () => {
          clearInterval(heartbeat)
          unsubscribe()
          resolve()
        }
        stream.onAbort(release)
        if (stream.aborted) release()
      })
      enqueue(() => stream.writeSSE({ event: 'ready', data: '{}' }))
      // Returning would close the stream: hold it open until the client disconnects.
      await closed
    })
  })
}
