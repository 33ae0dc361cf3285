import type { Clock } from '../../src/api/live-connection'

/** A clock whose time moves only when a test says so; timers run in order as they fall due. */
export class FakeClock implements Clock {
  private now = 0
  private nextId = 1
  private readonly timers = new Map<number, { at: number; callback: () => void }>()

  setTimeout = (callback: () => void, ms: number): number => {
    const id = this.nextId++
    this.timers.set(id, { at: this.now + ms, callback })
    return id
  }

  clearTimeout = (handle: unknown): void => {
    this.timers.delete(handle as number)
  }

  /** Timers set and not yet run or cleared. */
  get pending(): number {
    return this.timers.size
  }

  advance(ms: number): void {
    const end = this.now + ms
    for (;;) {
      const [due] = [...this.timers].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)
      if (!due) break
      const [id, timer] = due
      this.timers.delete(id)
      this.now = timer.at
      timer.callback()
    }
    this.now = end
  }
}
