import { describe, expect, it } from 'vitest'
import type { Status } from '../../src/domain/status'
import { countByStatus } from '../../src/domain/summary'

describe('countByStatus', () => {
  it.each<{ case: string; statuses: Status[]; expected: Record<Status, number> }>([
    {
      case: 'none',
      statuses: [],
      expected: { onTrack: 0, atRisk: 0, behind: 0, done: 0, lateDone: 0, unreported: 0, noData: 0, notDue: 0 },
    },
    {
      case: 'a mix',
      statuses: ['onTrack', 'behind', 'onTrack', 'noData', 'done', 'lateDone', 'unreported'],
      expected: { onTrack: 2, atRisk: 0, behind: 1, done: 1, lateDone: 1, unreported: 1, noData: 1, notDue: 0 },
    },
    {
      case: 'all one status',
      statuses: ['notDue', 'notDue', 'notDue'],
      expected: { onTrack: 0, atRisk: 0, behind: 0, done: 0, lateDone: 0, unreported: 0, noData: 0, notDue: 3 },
    },
  ])('$case', ({ statuses, expected }) => {
    expect(countByStatus(statuses.map((status) => ({ status })))).toEqual(expected)
  })
})
