import { HttpResponse, http } from 'msw'
import { type ChangeEvent, HEARTBEAT_MS } from '../../src/contract/events'

const encoder = new TextEncoder()
/** Every open mock stream; a closed one is removed when its client goes away. */
const streams = new Set<ReadableStreamDefaultController<Uint8Array>>()
let sequence = 0

function send(controller: ReadableStreamDefaultController<Uint8Array>, text: string) {
  try {
    controller.enqueue(encoder.encode(text))
  } catch {
    streams.delete(controller)
  }
}

/** Announces a mock write to every open GET /api/events stream, as the real server does after a commit. */
export function emitMockChange(event: ChangeEvent): void {
  const text = `event: change\nid: ${++sequence}\ndata: ${JSON.stringify(event)}\n\n`
  for (const controller of [...streams]) send(controller, text)
}

/** How many mock event streams are open (for tests). */
export const openMockStreams = () => streams.size

/**
 * GET /api/events under MSW: a real Server-Sent Events stream (`ready`, then the mock writes'
 * `change` events) that stays open, so the dev app's EventSource neither errors nor reconnects in
 * a loop. msw's own sse() needs a global EventSource, which Node (the component and contract
 * suites) lacks, so this is a plain streaming response.
 */
export const eventHandlers = [
  http.get('*/api/events', ({ request }) => {
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined
    // Pinged like the real server's streams, or the client would take the quiet stream for a dead one.
    let heartbeat: ReturnType<typeof setInterval> | undefined
    const forget = () => {
      clearInterval(heartbeat)
      if (!controller) return
      streams.delete(controller)
      try {
        controller.close()
      } catch {
        // already closed
      }
    }
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        controller = c
        streams.add(c)
        send(c, 'retry: 2000\nevent: ready\ndata: {}\n\n')
        heartbeat = setInterval(() => send(c, 'event: ping\ndata: {}\n\n'), HEARTBEAT_MS)
      },
      cancel() {
        clearInterval(heartbeat)
        if (controller) streams.delete(controller)
      },
    })
    request.signal.addEventListener('abort', forget, { once: true })
    return new HttpResponse(body, {
      headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', 'X-Accel-Buffering': 'no' },
    })
  }),
]
