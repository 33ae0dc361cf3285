import { waitLimitMs } from './provided'

/** One Server-Sent Events message as a client sees it. */
export interface SseMessage {
  event: string
  data: string
  id?: string
}

export interface SseConnection {
  status: number
  headers: Headers
  /** The next message (optionally: the next with this event name), or a rejection after timeoutMs (default: the suite's wait limit). */
  next(event?: string, timeoutMs?: number): Promise<SseMessage>
  /** Comment lines (": ping") seen so far, without the colon. */
  comments: string[]
  close(): void
}

/**
 * A minimal SSE reader over fetch for tests (Node has no EventSource): parses `event`, `data`,
 * `id` and comment lines as the EventSource spec does, close() disconnects like a closed tab.
 */
export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  const abort = new AbortController()
  const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal })
  const messages: SseMessage[] = []
  const comments: string[] = []
  let wake: (() => void) | undefined
  let ended: Error | undefined

  const dispatch = (block: string) => {
    let event = 'message'
    const data: string[] = []
    let id: string | undefined
    for (const line of block.split(/\r\n|\r|\n/)) {
      if (line.startsWith(':')) {
        comments.push(line.slice(1).trim())
        continue
      }
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'event') event = value
      else if (field === 'data') data.push(value)
      else if (field === 'id') id = value
    }
    if (data.length > 0) messages.push({ event, data: data.join('\n'), ...(id === undefined ? {} : { id }) })
  }

  if (response.body) {
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
    void (async () => {
      let buffer = ''
      try {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          buffer += value
          const blocks = buffer.split(/\r?\n\r?\n/)
          buffer = blocks.pop() ?? ''
          for (const block of blocks) dispatch(block)
          wake?.()
        }
        ended = new Error('stream ended')
      } catch (error) {
        ended = error as Error
      }
      wake?.()
    })()
  }

  return {
    status: response.status,
    headers: response.headers,
    comments,
    async next(event, timeoutMs = waitLimitMs()) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const index = messages.findIndex((m) => event === undefined || m.event === event)
        if (index >= 0) return messages.splice(0, index + 1).at(-1) as SseMessage
        if (ended) throw new Error(`SSE ${url}: ${ended.message} before ${event ?? 'a message'} arrived`)
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`SSE ${url}: no ${event ?? 'message'} within ${timeoutMs} ms`)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
      }
    },
    close: () => abort.abort(),
  }
}
