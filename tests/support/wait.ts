import { setTimeout as delay } from 'node:timers/promises'
import { waitLimitMs } from './provided'

/**
 * Waits until `check()` holds, looking every 10 ms; gives up, naming `what`, at the suite's wait
 * limit (vitest.config.ts). For state with no event to wait on, such as a server noticing a
 * closed connection.
 */
export async function until(check: () => boolean, what: string): Promise<void> {
  const limit = waitLimitMs()
  const deadline = Date.now() + limit
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`${limit / 1000} s 内没有等到：${what}`)
    await delay(10)
  }
}
