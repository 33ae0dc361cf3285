import { describe, expect, it, vi } from 'vitest'
import { connectLive, RETRY_MAX_MS, RETRY_MIN_MS, SILENCE_MS } from '../../src/api/live-connection'
import type { ChangeEvent } from '../../src/contract/events'
import { FakeClock } from './fake-clock'
import { FakeEventSource } from './fake-event-source'

const change: ChangeEvent = { type: 'observation', year: 2025, targetId: 'pm25', month: '2025-10', version: 2, at: '2025-11-20T04:00:00Z' }

function connect() {
  const clock = new FakeClock()
  const sources: FakeEventSource[] = []
  const changes: ChangeEvent[] = []
  const statuses: boolean[] = []
  let resyncs = 0
  const connection = connectLive({
    url: '/api/events',
    open: (url) => {
      const source = new FakeEventSource(url)
      sources.push(source)
      return source
    },
    clock,
    onChange: (event) => changes.push(event),
    onResync: () => resyncs++,
    onStatus: (connected) => statuses.push(connected),
  })
  const current = () => {
    const source = sources.at(-1)
    if (!source) throw new Error('no stream opened')
    return source
  }
  return { clock, sources, current, changes, statuses, resyncs: () => resyncs, connection }
}

describe('connectLive', () => {
  it('opens one stream, is connected once the server says ready, and passes each change on', () => {
    const live = connect()
    expect(live.sources).toHaveLength(1)
    expect(live.current().url).toBe('/api/events')
    expect(live.statuses).toEqual([])

    live.current().emit('ready')
    expect(live.statuses).toEqual([true])
    live.current().emit('change', JSON.stringify(change))
    expect(live.changes).toEqual([change])
    // The first `ready` is no reconnect: the page's queries were just fetched.
    expect(live.resyncs()).toBe(0)
  })

  it('ignores a change it cannot read, saying so on the console', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const live = connect()
    live.current().emit('ready')
    live.current().emit('change', '{"type":"unknown"}')
    live.current().emit('change', 'not json')
    expect(live.changes).toEqual([])
    expect(warn).toHaveBeenCalledTimes(2)
    expect(live.statuses).toEqual([true])
    warn.mockRestore()
  })

  it('after an error closes the stream, reports it down, and reopens it after RETRY_MIN_MS, then resyncs once', () => {
    const live = connect()
    const first = live.current()
    first.emit('ready')
    first.emit('error')
    expect(first.closed).toBe(true)
    expect(live.statuses).toEqual([true, false])

    live.clock.advance(RETRY_MIN_MS - 1)
    expect(live.sources).toHaveLength(1)
    live.clock.advance(1)
    expect(live.sources).toHaveLength(2)
    expect(live.statuses).toEqual([true, false])

    live.current().emit('ready')
    expect(live.statuses).toEqual([true, false, true])
    expect(live.resyncs()).toBe(1)
    live.current().emit('ping')
    live.current().emit('change', JSON.stringify(change))
    expect(live.resyncs()).toBe(1)
  })

  it('waits twice as long after each failed attempt, up to RETRY_MAX_MS, and starts again after a ready', () => {
    const live = connect()
    const waits = [2_000, 4_000, 8_000, 16_000, 32_000, RETRY_MAX_MS, RETRY_MAX_MS]
    for (const wait of waits) {
      const opened = live.sources.length
      live.current().emit('error')
      live.clock.advance(wait - 1)
      expect(live.sources, `still waiting ${wait - 1} ms into a ${wait} ms pause`).toHaveLength(opened)
      live.clock.advance(1)
      expect(live.sources).toHaveLength(opened + 1)
    }

    live.current().emit('ready')
    live.current().emit('error')
    live.clock.advance(RETRY_MIN_MS)
    expect(live.sources).toHaveLength(waits.length + 2)
  })

  it('stays up while pings arrive, and takes a silence of SILENCE_MS for a dead stream', () => {
    const live = connect()
    const first = live.current()
    first.emit('ready')
    for (let i = 0; i < 10; i++) {
      live.clock.advance(SILENCE_MS - 1)
      first.emit(i % 2 === 0 ? 'ping' : 'change', i % 2 === 0 ? '{}' : JSON.stringify(change))
    }
    expect(first.closed).toBe(false)
    expect(live.statuses).toEqual([true])

    live.clock.advance(SILENCE_MS)
    expect(first.closed).toBe(true)
    expect(live.statuses).toEqual([true, false])
    live.clock.advance(RETRY_MIN_MS)
    live.current().emit('ready')
    expect(live.statuses).toEqual([true, false, true])
    expect(live.resyncs()).toBe(1)
  })

  it('gives up on a stream that never says ready', () => {
    const live = connect()
    live.clock.advance(SILENCE_MS)
    expect(live.sources[0]?.closed).toBe(true)
    expect(live.statuses).toEqual([])
    live.clock.advance(RETRY_MIN_MS)
    expect(live.sources).toHaveLength(2)
  })

  it('pays no heed to a closed stream that still fires', () => {
    const live = connect()
    const first = live.current()
    first.emit('ready')
    first.emit('error')
    first.emit('ready')
    first.emit('change', JSON.stringify(change))
    expect(live.statuses).toEqual([true, false])
    expect(live.changes).toEqual([])
    expect(live.resyncs()).toBe(0)
  })

  it('on close shuts the stream, reports it down and leaves no timer behind', () => {
    const live = connect()
    live.current().emit('ready')
    live.connection.close()
    expect(live.current().closed).toBe(true)
    expect(live.statuses).toEqual([true, false])
    expect(live.clock.pending).toBe(0)

    const waiting = connect()
    waiting.current().emit('error')
    waiting.connection.close()
    expect(waiting.clock.pending).toBe(0)
    waiting.clock.advance(RETRY_MAX_MS)
    expect(waiting.sources).toHaveLength(1)
  })
})
