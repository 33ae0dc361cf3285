import { QueryClient, type QueryKey, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { auditQueryOptions } from '../../src/api/get-audit'
import { targetQueryOptions } from '../../src/api/get-target'
import { targetsQueryOptions } from '../../src/api/get-targets'
import { batchInvalidations, COALESCE_MS } from '../../src/api/invalidation-batch'
import { dependentsOf, queryKeysFor } from '../../src/api/live-updates'
import { targetListKey } from '../../src/api/query-keys'
import type { ChangeEvent } from '../../src/contract/events'
import type { TargetDetailResponse } from '../../src/contract/targets'
import { FakeClock } from './fake-clock'

const at = '2025-11-20T04:00:00Z'
const pm25: ChangeEvent = { type: 'observation', year: 2025, targetId: 'pm25', month: '2025-10', version: 2, at }

/** A detail as the cache holds it; only the target's identity and reference matter here. */
const detail = (id: string, year: number, referenceId?: string) =>
  ({ item: { target: { id, year, ...(referenceId ? { referenceId } : {}) } } }) as unknown as TargetDetailResponse

/** A cache holding one query of every family, and the ones invalidated after `events`. */
function invalidatedBy(events: ChangeEvent[]): string[] {
  const queryClient = new QueryClient()
  // The keys the query hooks use, so the test breaks if a hook's key stops matching its family.
  const cached: [string, QueryKey, unknown][] = [
    ['list 2025', targetsQueryOptions(2025).queryKey, {}],
    ['list 2025 as of June', targetsQueryOptions(2025, '2025-06-30').queryKey, {}],
    ['list latest', targetsQueryOptions().queryKey, {}],
    ['list 2024', targetsQueryOptions(2024).queryKey, {}],
    ['pm25 2025', targetQueryOptions('pm25', 2025).queryKey, detail('pm25', 2025)],
    ['pm25 latest', targetQueryOptions('pm25').queryKey, detail('pm25', 2025)],
    ['pm25 2024', targetQueryOptions('pm25', 2024).queryKey, detail('pm25', 2024)],
    ['gdp 2025', targetQueryOptions('gdp-growth', 2025).queryKey, detail('gdp-growth', 2025)],
    ['urban income 2025', targetQueryOptions('urban-income-growth', 2025).queryKey, detail('urban-income-growth', 2025, 'gdp-growth')],
    ['pm25 log', auditQueryOptions({ targetId: 'pm25', year: 2025, limit: 50 }).queryKey, {}],
    ['gdp log', auditQueryOptions({ targetId: 'gdp-growth', year: 2025, limit: 50 }).queryKey, {}],
    ['whole log', auditQueryOptions({ year: 2025 }).queryKey, {}],
  ]
  for (const [, key, data] of cached) queryClient.setQueryData(key, data)
  const clock = new FakeClock()
  const batch = batchInvalidations(queryClient, clock)
  for (const event of events) batch.add(queryKeysFor(event, dependentsOf(queryClient, event)))
  clock.advance(COALESCE_MS)
  return cached.filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated).map(([name]) => name)
}

describe('queryKeysFor', () => {
  it('a figure: its year’s lists, its target’s detail and log, and the whole log', () => {
    expect(invalidatedBy([pm25])).toEqual([
      'list 2025',
      'list 2025 as of June',
      'list latest',
      'pm25 2025',
      'pm25 latest',
      'pm25 log',
      'whole log',
    ])
  })

  it('a GDP figure also makes the relative targets assessed against it stale', () => {
    expect(invalidatedBy([{ ...pm25, targetId: 'gdp-growth' }])).toEqual([
      'list 2025',
      'list 2025 as of June',
      'list latest',
      'gdp 2025',
      'urban income 2025',
      'gdp log',
      'whole log',
    ])
  })

  it('a catalog change: its year’s lists and every detail, no log', () => {
    expect(invalidatedBy([{ type: 'catalog', year: 2024, at }])).toEqual([
      'list latest',
      'list 2024',
      'pm25 2025',
      'pm25 latest',
      'pm25 2024',
      'gdp 2025',
      'urban income 2025',
    ])
  })
})

describe('batchInvalidations', () => {
  it('waits COALESCE_MS, then refetches a query matched by several events once', async () => {
    const queryClient = new QueryClient()
    let fetches = 0
    const observer = new QueryObserver(queryClient, { queryKey: targetListKey(2025), queryFn: () => ++fetches })
    const unsubscribe = observer.subscribe(() => {})
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(fetches).toBe(1)

    const clock = new FakeClock()
    const batch = batchInvalidations(queryClient, clock)
    for (const month of ['2025-08', '2025-09', '2025-10']) batch.add(queryKeysFor({ ...pm25, month }))
    clock.advance(COALESCE_MS - 1)
    expect(queryClient.getQueryState(targetListKey(2025))?.isInvalidated).toBe(false)
    clock.advance(1)
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(fetches).toBe(2)
    unsubscribe()
  })

  it('invalidates nothing once cancelled', () => {
    const queryClient = new QueryClient()
    queryClient.setQueryData(targetListKey(2025), {})
    const clock = new FakeClock()
    const batch = batchInvalidations(queryClient, clock)
    batch.add(queryKeysFor(pm25))
    batch.cancel()
    clock.advance(COALESCE_MS)
    expect(queryClient.getQueryState(targetListKey(2025))?.isInvalidated).toBe(false)
    expect(clock.pending).toBe(0)
  })
})
