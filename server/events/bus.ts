import type { ChangeEvent } from '../../src/contract/events'

/**
 * Fans change events out to every SSE client: in process for PGlite (one server), through
 * PostgreSQL LISTEN/NOTIFY when several instances share a database.
 */
export interface EventBus {
  /** Call after the write has committed. */
  publish(event: ChangeEvent): Promise<void>
  /** Returns the unsubscribe function. */
  subscribe(listener: (event: ChangeEvent) => void): () => void
  close(): Promise<void>
}
