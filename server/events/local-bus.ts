import type { ChangeEvent } from '../../src/contract/events'
import type { EventBus } from './bus'

type Listener = (event: ChangeEvent) => void

/** The in-process listener set both buses deliver through; one throwing listener cannot starve the rest. */
export interface FanOut {
  deliver(event: ChangeEvent): void
  subscribe(listener: Listener): () => void
  clear(): void
  readonly size: number
}

export function createFanOut(): FanOut {
  const listeners = new Set<Listener>()
  return {
    deliver(event) {
      // A copy: a listener may unsubscribe (a client leaving) while the event is being delivered.
      for (const listener of [...listeners]) {
        try {
          listener(event)
        } catch (error) {
          console.error('事件监听器出错', error)
        }
      }
    },
    subscribe(listener) {
      // Wrapped, so subscribing one function twice gives two independent subscriptions.
      const entry: Listener = (event) => listener(event)
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
      }
    },
    clear: () => listeners.clear(),
    get size() {
      return listeners.size
    },
  }
}

/** An event bus with a listener count, for tests that check disconnected clients are forgotten. */
export interface CountingEventBus extends EventBus {
  listenerCount(): number
}

/** In-process fan-out: enough when one server process owns the database (PGlite). */
export function createLocalBus(): CountingEventBus {
  const fanOut = createFanOut()
  return {
    async publish(event) {
      fanOut.deliver(event)
    },
    subscribe: (listener) => fanOut.subscribe(listener),
    async close() {
      fanOut.clear()
    },
    listenerCount: () => fanOut.size,
  }
}
