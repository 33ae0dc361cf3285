import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'
import { type ChangeEvent, ChangeEventSchema } from '../contract/events'
import { auditKey, targetsKey } from './query-keys'

export const EVENTS_URL = '/api/events'
/** Events arriving this close together (a bulk import) cost one refetch, not one each. */
const COALESCE_MS = 50
/** When the browser gives up on the stream (an HTTP error, a proxy's 502), we retry ourselves. */
const RETRY_MIN_MS = 2_000
const RETRY_MAX_MS = 60_000

/** The queries a change makes stale: every target query (lists, details, any year) and the audit log. */
export function queryKeysFor(_event: ChangeEvent): QueryKey[] {
  return [targetsKey, auditKey]
}

// ---- connection state, for the wall display's 实时/已断开 indicator ------------------------------

export interface LiveStatus {
  /** The stream is open and the server said `ready`. */
  connected: boolean
  /** When this tab last received a change event (ISO time), if it has. */
  lastEventAt?: string
}

let status: LiveStatus = { connected: false }
const statusListeners = new Set<() => void>()

function setStatus(next: LiveStatus) {
  if (next.connected === status.connected && next.lastEventAt === status.lastEventAt) return
  status = next
  for (const listener of statusListeners) listener()
}

function subscribeStatus(listener: () => void) {
  statusListeners.add(listener)
  return () => {
    statusListeners.delete(listener)
  }
}

const getStatus = () => status

/** Whether live updates are flowing; re-renders only when that changes. */
export function useLiveStatus(): LiveStatus {
  return useSyncExternalStore(subscribeStatus, getStatus, getStatus)
}

// ---- the one EventSource per tab ----------------------------------------------------------------

/** `event` for a change, undefined for "events may have been missed: refetch everything". */
type Handler = (event: ChangeEvent | undefined) => void

const handlers = new Set<Handler>()
let source: EventSource | undefined
let retryTimer: ReturnType<typeof setTimeout> | undefined
let closeTimer: ReturnType<typeof setTimeout> | undefined
let retryDelay = RETRY_MIN_MS
/** Set by an error, cleared by the next `ready`: a `ready` after an error is a reconnect. */
let interrupted = false

function emit(event: ChangeEvent | undefined) {
  for (const handler of [...handlers]) handler(event)
}

function open() {
  const es = new EventSource(EVENTS_URL)
  source = es
  es.addEventListener('ready', () => {
    retryDelay = RETRY_MIN_MS
    setStatus({ ...status, connected: true })
    if (interrupted) {
      interrupted = false
      emit(undefined)
    }
  })
  es.addEventListener('change', (message) => {
    let json: unknown
    try {
      json = JSON.parse((message as MessageEvent<string>).data)
    } catch {
      json = undefined
    }
    const parsed = ChangeEventSchema.safeParse(json)
    if (!parsed.success) {
      console.warn('忽略无法识别的实时更新事件', (message as MessageEvent<string>).data)
      return
    }
    setStatus({ connected: true, lastEventAt: new Date().toISOString() })
    emit(parsed.data)
  })
  es.addEventListener('error', () => {
    if (source !== es) return
    interrupted = true
    setStatus({ ...status, connected: false })
    // CONNECTING: the browser reconnects by itself. CLOSED: it gave up, so we try again later.
    if (es.readyState === EventSource.CLOSED) {
      source = undefined
      retryTimer = setTimeout(() => {
        retryTimer = undefined
        if (handlers.size > 0 && !source) open()
      }, retryDelay)
      retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS)
    }
  })
}

function shutdown() {
  closeTimer = undefined
  if (handlers.size > 0) return
  source?.close()
  source = undefined
  clearTimeout(retryTimer)
  retryTimer = undefined
  interrupted = false
  retryDelay = RETRY_MIN_MS
  setStatus({ ...status, connected: false })
}

/** Joins the tab's connection, opening it for the first handler; returns the leave function. */
function join(handler: Handler): () => void {
  handlers.add(handler)
  clearTimeout(closeTimer)
  closeTimer = undefined
  if (!source && !retryTimer) open()
  return () => {
    handlers.delete(handler)
    // Deferred, so StrictMode's unmount-and-remount (and a quick remount generally) keeps the stream.
    if (handlers.size === 0 && !closeTimer) closeTimer = setTimeout(shutdown, 0)
  }
}

function invalidator(queryClient: QueryClient) {
  let pending: Set<string> | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    const keys = pending ?? new Set<string>()
    pending = undefined
    timer = undefined
    for (const key of keys) void queryClient.invalidateQueries({ queryKey: JSON.parse(key) as QueryKey })
  }
  return {
    handle(event: ChangeEvent | undefined) {
      pending ??= new Set()
      for (const key of event ? queryKeysFor(event) : [targetsKey, auditKey]) pending.add(JSON.stringify(key))
      timer ??= setTimeout(flush, COALESCE_MS)
    },
    cancel: () => clearTimeout(timer),
  }
}

/**
 * Keeps the app's queries fresh from the server's change stream (GET /api/events): each change
 * invalidates the queries it affects, and a reconnect (events may have been missed) invalidates
 * every target query. Call once, inside QueryClientProvider; the tab shares one EventSource.
 * Polling (refetchInterval) remains the fallback while the stream is down.
 */
export function useLiveUpdates(): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (typeof EventSource === 'undefined') return
    const { handle, cancel } = invalidator(queryClient)
    const leave = join(handle)
    return () => {
      leave()
      cancel()
    }
  }, [queryClient])
}
