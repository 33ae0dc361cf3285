import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

// 地区生产总值增长5%以上: green at or above 5, amber down to 4 (1 pp), red below.
const gdp = (overrides: Partial<TargetDefinition> = {}) => makeTarget('growth', { value: 5, ...overrides })

describe('assess: growth', () => {
  it.each<{ case: string; target?: TargetDefinition; observations: Observation[]; asOf: string; expected: Status; gapPp?: number }>([
    { case: 'exactly on target', observations: [obs('2025-10', 5)], asOf: '2025-11-23', expected: 'onTrack', gapPp: 0 },
    { case: 'above target', observations: [obs('2025-10', 6.2)], asOf: '2025-11-23', expected: 'onTrack', gapPp: 1.2 },
    { case: 'just under', observations: [obs('2025-10', 4.9)], asOf: '2025-11-23', expected: 'atRisk', gapPp: -0.1 },
    { case: 'exactly 1 pp under (amber edge)', observations: [obs('2025-10', 4)], asOf: '2025-11-23', expected: 'atRisk', gapPp: -1 },
    { case: 'just beyond 1 pp under', observations: [obs('2025-10', 3.9)], asOf: '2025-11-23', expected: 'behind', gapPp: -1.1 },
    { case: 'month 12 met: decided', observations: [obs('2025-12', 5.1)], asOf: '2026-01-20', expected: 'done', gapPp: 0.1 },
    { case: 'month 12 exactly on target', observations: [obs('2025-12', 5)], asOf: '2026-01-20', expected: 'done', gapPp: 0 },
    { case: 'month 12 just under: missed', observations: [obs('2025-12', 4.9)], asOf: '2026-01-20', expected: 'behind', gapPp: -0.1 },
    {
      case: 'month 12 not yet elapsed: November stands',
      observations: [obs('2025-11', 4.9), obs('2025-12', 5.5)],
      asOf: '2025-12-30',
      expected: 'atRisk',
      gapPp: -0.1,
    },
    { case: 'no data', observations: [], asOf: '2025-11-23', expected: 'noData' },
    { case: 'not yet due: January not over', observations: [], asOf: '2025-01-15', expected: 'notDue' },
    { case: 'not yet due: before the plan year', observations: [], asOf: '2024-12-31', expected: 'notDue' },
    {
      case: 'quarterly, not yet due on 30 March',
      target: gdp({ frequency: 'quarterly' }),
      observations: [],
      asOf: '2025-03-30',
      expected: 'notDue',
    },
    {
      case: 'quarterly: 一季度 not due before 20 April',
      target: gdp({ frequency: 'quarterly' }),
      observations: [],
      asOf: '2025-04-19',
      expected: 'notDue',
    },
    {
      case: 'quarterly: 一季度 due on 20 April',
      target: gdp({ frequency: 'quarterly' }),
      observations: [],
      asOf: '2025-04-20',
      expected: 'noData',
    },
    {
      case: "future month's figure ignored",
      observations: [obs('2025-10', 4.5), obs('2025-11', 5.5)],
      asOf: '2025-11-23',
      expected: 'atRisk',
      gapPp: -0.5,
    },
    { case: "last year's figure ignored", observations: [obs('2024-12', 5.5)], asOf: '2025-11-23', expected: 'noData' },
    {
      case: "another target's figure ignored",
      observations: [obs('2025-10', 6, { targetId: 'other' })],
      asOf: '2025-11-23',
      expected: 'noData',
    },
    {
      case: 'a later entry for the same month wins',
      observations: [obs('2025-10', 3), obs('2025-10', 5.2)],
      asOf: '2025-11-23',
      expected: 'onTrack',
      gapPp: 0.2,
    },
    {
      case: 'override: amber within 0.5 pp only',
      target: gdp({ thresholds: { growthAmberPp: 0.5 } }),
      observations: [obs('2025-10', 4.4)],
      asOf: '2025-11-23',
      expected: 'behind',
      gapPp: -0.6,
    },
    {
      case: '以内 (atMost): over by 0.5 pp',
      target: gdp({ comparator: 'atMost', value: 3 }),
      observations: [obs('2025-10', 3.5)],
      asOf: '2025-11-23',
      expected: 'atRisk',
      gapPp: 0.5,
    },
  ])('$case → $expected', ({ target, observations, asOf, expected, gapPp }) => {
    const a = assess(target ?? gdp(), observations, asOf)
    expect(a.status).toBe(expected)
    if (gapPp === undefined) expect(a.gapPp).toBeUndefined()
    else expect(a.gapPp).toBeCloseTo(gapPp, 10)
  })
})
