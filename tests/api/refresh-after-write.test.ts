import { QueryClient } from '@tanstack/react-query'
import { afterEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../src/api/client'
import { liveStatus } from '../../src/api/live-status'
import { auditListKey, targetListKey } from '../../src/api/query-keys'
import { refreshAfterWrite } from '../../src/api/refresh-after-write'

function cache() {
  const queryClient = new QueryClient()
  queryClient.setQueryData(targetListKey(2025), {})
  queryClient.setQueryData(auditListKey({ targetId: 'pm25' }), {})
  const stale = () => [targetListKey(2025), auditListKey({ targetId: 'pm25' })].map((key) => queryClient.getQueryState(key)?.isInvalidated)
  return { queryClient, stale }
}

describe('refreshAfterWrite', () => {
  afterEach(() => liveStatus.set(false))

  it('leaves a saved write to the change event while the stream is up', async () => {
    liveStatus.set(true)
    const { queryClient, stale } = cache()
    await refreshAfterWrite(queryClient, null)
    expect(stale()).toEqual([false, false])
  })

  it('refreshes the writer itself while the stream is down', async () => {
    const { queryClient, stale } = cache()
    await refreshAfterWrite(queryClient, null)
    expect(stale()).toEqual([true, true])
  })

  it('refreshes after a refused write, which the server announces to no one', async () => {
    liveStatus.set(true)
    const { queryClient, stale } = cache()
    await refreshAfterWrite(queryClient, new ApiError(409, 'conflict', '已被他人修改'))
    expect(stale()).toEqual([true, true])
  })
})

describe('liveStatus', () => {
  afterEach(() => liveStatus.set(false))

  it('tells its subscribers when the stream goes up or down, and only then', () => {
    const seen: boolean[] = []
    const unsubscribe = liveStatus.subscribe(() => seen.push(liveStatus.get().connected))
    liveStatus.set(true)
    liveStatus.set(true)
    liveStatus.set(false)
    unsubscribe()
    liveStatus.set(true)
    expect(seen).toEqual([true, false])
  })
})
