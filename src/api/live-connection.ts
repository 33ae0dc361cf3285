import { type ChangeEvent, ChangeEventSchema, HEARTBEAT_MS } from '../contract/events'

/** The timers the connection uses; tests pass a fake one and move time by hand. */
export interface Clock {
  setTimeout(callback: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

export const systemClock: Clock = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** What the connection needs of an EventSource; the browser's own fits, and so does a test's fake. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void
  close(): void
}

export interface LiveConnectionOptions {
  url: string
  /** Opens a stream: `(url) => new EventSource(url)` in the browser. */
  open: (url: string) => EventSourceLike
  clock: Clock
  onChange: (event: ChangeEvent) => void
  /** The stream came back after a drop: events may have been missed, so refetch everything. */
  onResync: () => void
  /** Called when the stream goes up (the server said `ready`) or down. */
  onStatus: (connected: boolean) => void
}

export interface LiveConnection {
  close(): void
}

export const RETRY_MIN_MS = 2_000
export const RETRY_MAX_MS = 60_000
/** Silence for this long means a dead stream: two missed pings, with room for a slow network. */
export const SILENCE_MS = 2 * HEARTBEAT_MS + 5_000

/**
 * One stream of the server's change events, kept alive: it reconnects after an error or a silence
 * longer than SILENCE_MS, waiting RETRY_MIN_MS and doubling up to RETRY_MAX_MS until the server says
 * `ready` again. Reconnecting is ours alone: the source is closed on every error, so the browser's
 * own retry (fixed delay, no back-off, no notice of silence) never runs beside it.
 */
export function connectLive({ url, open, clock, onChange, onResync, onStatus }: LiveConnectionOptions): LiveConnection {
  let source: EventSourceLike | undefined
  let timer: unknown
  let retryDelay = RETRY_MIN_MS
  let connected = false
  /** Set by a drop, cleared by the next `ready`: that `ready` is a reconnect. */
  let dropped = false

  const setConnected = (next: boolean) => {
    if (next === connected) return
    connected = next
    onStatus(next)
  }
  // One timer at a time: the silence watchdog while a stream is open, the retry while none is.
  const schedule = (callback: () => void, ms: number) => {
    clock.clearTimeout(timer)
    timer = clock.setTimeout(callback, ms)
  }
  const watch = () => schedule(drop, SILENCE_MS)

  function drop() {
    source?.close()
    source = undefined
    dropped = true
    setConnected(false)
    schedule(connect, retryDelay)
    retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
  }

  function connect() {
    const es = open(url)
    source = es
    // A stale source's late events are ignored: only the current one may change the state.
    const current = (listener: (message: MessageEvent<string>) => void) => (message: MessageEvent<string>) => {
      if (source === es) listener(message)
    }
    es.addEventListener(
      'ready',
      current(() => {
        watch()
        retryDelay = RETRY_MIN_MS
        setConnected(true)
        if (dropped) {
          dropped = false
          onResync()
        }
      }),
    )
    es.addEventListener('ping', current(watch))
    es.addEventListener(
      'change',
      current((message) => {
        watch()
        const event = parseChange(message.data)
        if (event) onChange(event)
        else console.warn('忽略无法识别的实时更新事件', message.data)
      }),
    )
    es.addEventListener('error', current(drop))
    watch()
  }

  connect()
  return {
    close() {
      clock.clearTimeout(timer)
      source?.close()
      source = undefined
      setConnected(false)
    },
  }
}

function parseChange(data: string): ChangeEvent | undefined {
  try {
    const parsed = ChangeEventSchema.safeParse(JSON.parse(data))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
