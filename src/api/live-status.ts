import { useSyncExternalStore } from 'react'

export interface LiveStatus {
  /** The change stream is open and the server said `ready`. */
  connected: boolean
}

const CONNECTED: LiveStatus = { connected: true }
const DISCONNECTED: LiveStatus = { connected: false }

let status = DISCONNECTED
const listeners = new Set<() => void>()

/**
 * Whether this tab's change stream is up: written by useLiveUpdates, read by the wall's status line
 * and by writes deciding whether to refresh themselves. One per tab, as the stream is.
 */
export const liveStatus = {
  get: (): LiveStatus => status,
  set(connected: boolean) {
    if (connected === status.connected) return
    status = connected ? CONNECTED : DISCONNECTED
    for (const listener of listeners) listener()
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener)
    return () => {
      listeners.delete(listener)
    }
  },
}

/** The live status; re-renders only when it changes. */
export const useLiveStatus = (): LiveStatus => useSyncExternalStore(liveStatus.subscribe, liveStatus.get, liveStatus.get)
