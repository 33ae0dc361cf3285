import type postgres from 'postgres'
import { ChangeEventSchema } from '../../src/contract/events'
import type { CountingEventBus } from './local-bus'
import { createFanOut } from './local-bus'

/** The PostgreSQL channel every instance publishes to and listens on. */
export const CHANGES_CHANNEL = 'jz_changes'

/** Parses one NOTIFY payload; null (and a warning) for anything that is not a ChangeEvent. */
function parsePayload(payload: string) {
  let json: unknown
  try {
    json = JSON.parse(payload)
  } catch {
    console.warn(`丢弃无法解析的 ${CHANGES_CHANNEL} 通知: ${payload.slice(0, 200)}`)
    return null
  }
  const parsed = ChangeEventSchema.safeParse(json)
  if (!parsed.success) {
    console.warn(`丢弃格式不符的 ${CHANGES_CHANNEL} 通知: ${payload.slice(0, 200)}`)
    return null
  }
  return parsed.data
}

/**
 * Fan-out across instances sharing one PostgreSQL: publish is NOTIFY, and one LISTEN connection
 * per process delivers to this process's subscribers. An instance hears its own NOTIFY too, so
 * publish does not also deliver locally. postgres.js re-listens after a lost connection; events
 * sent while it was away are lost, and the clients' polling covers that gap.
 */
export async function createPgBus(sql: postgres.Sql): Promise<CountingEventBus> {
  const fanOut = createFanOut()
  const listening = await sql.listen(CHANGES_CHANNEL, (payload) => {
    const event = parsePayload(payload)
    if (event) fanOut.deliver(event)
  })
  return {
    // Called after the write has committed: a failed NOTIFY must not turn a saved figure into an
    // error response (the user would save again). It is logged; the clients' polling catches up.
    async publish(event) {
      try {
        await sql.notify(CHANGES_CHANNEL, JSON.stringify(event))
      } catch (error) {
        console.error(`NOTIFY ${CHANGES_CHANNEL} 失败，实时更新可能延迟`, error)
      }
    },
    subscribe: (listener) => fanOut.subscribe(listener),
    async close() {
      fanOut.clear()
      await listening.unlisten().catch(() => {})
    },
    listenerCount: () => fanOut.size,
  }
}
