import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs, series } from './factory'

// PM2.5 36微克/立方米以内: amber up to 36 × 1.05 = 37.8.
const pm25 = makeTarget('ceiling', { value: 36 })
// 婴儿死亡率5.25‰以下.
const infant = makeTarget('ceiling', { value: 5.25, unit: '‰' })
// Improving over the year: a bad winter, then cleaner air.
const IMPROVING = series([45, 42, 39, 37.5, 36, 35.5])

describe('assess: ceiling', () => {
  it.each<{ case: string; target?: TargetDefinition; observations: Observation[]; asOf: string; expected: Status; gap?: number }>([
    { case: 'exactly at the ceiling', observations: [obs('2025-10', 36)], asOf: '2025-11-23', expected: 'onTrack', gap: 0 },
    { case: 'under', observations: [obs('2025-10', 33)], asOf: '2025-11-23', expected: 'onTrack', gap: -3 },
    { case: 'just over', observations: [obs('2025-10', 36.1)], asOf: '2025-11-23', expected: 'atRisk', gap: 0.1 },
    { case: 'exactly 5 % over (amber edge)', observations: [obs('2025-10', 37.8)], asOf: '2025-11-23', expected: 'atRisk', gap: 1.8 },
    { case: 'beyond 5 % over', observations: [obs('2025-10', 37.9)], asOf: '2025-11-23', expected: 'behind', gap: 1.9 },
    { case: 'month 12 under: done', observations: [obs('2025-12', 35)], asOf: '2026-01-10', expected: 'done', gap: -1 },
    { case: 'month 12 over: missed', observations: [obs('2025-12', 36.5)], asOf: '2026-01-10', expected: 'behind', gap: 0.5 },
    { case: 'no data', observations: [], asOf: '2025-11-23', expected: 'noData' },
    { case: "January's figure is not due until 15 February", observations: [], asOf: '2025-02-14', expected: 'notDue' },
    { case: 'no figure on its due day', observations: [], asOf: '2025-02-15', expected: 'noData' },
    { case: 'not yet due (30 January)', observations: [], asOf: '2025-01-30', expected: 'notDue' },
    { case: '婴儿死亡率 5.0‰', target: infant, observations: [obs('2025-09', 5)], asOf: '2025-10-08', expected: 'onTrack', gap: -0.25 },
    { case: 'improving: February 42', observations: IMPROVING, asOf: '2025-03-10', expected: 'behind', gap: 6 },
    { case: 'improving: April 37.5', observations: IMPROVING, asOf: '2025-05-10', expected: 'atRisk', gap: 1.5 },
    { case: 'improving: May 36', observations: IMPROVING, asOf: '2025-06-10', expected: 'onTrack', gap: 0 },
    { case: 'improving: June 35.5', observations: IMPROVING, asOf: '2025-07-10', expected: 'onTrack', gap: -0.5 },
  ])('$case → $expected', ({ target, observations, asOf, expected, gap }) => {
    const a = assess(target ?? pm25, observations, asOf)
    expect(a.status).toBe(expected)
    if (gap !== undefined) expect(a.gap).toBeCloseTo(gap, 10)
    expect(a.completion).toBeUndefined()
  })
})
