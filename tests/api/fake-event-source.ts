import type { EventSourceLike } from '../../src/api/live-connection'

/** Stands in for the browser's EventSource: the test plays the server by calling emit(). */
export class FakeEventSource implements EventSourceLike {
  closed = false
  private readonly listeners = new Map<string, ((message: MessageEvent<string>) => void)[]>()

  constructor(readonly url: string) {}

  addEventListener(type: string, listener: (message: MessageEvent<string>) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }

  close(): void {
    this.closed = true
  }

  emit(type: 'ready' | 'ping' | 'change' | 'error', data = '{}'): void {
    for (const listener of this.listeners.get(type) ?? []) listener(new MessageEvent(type, { data }))
  }
}
