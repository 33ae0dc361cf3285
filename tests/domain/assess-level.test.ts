import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

// 医保参保率95%以上: amber down to 95 × 0.95 = 90.25.
const insurance = makeTarget('level', { value: 95, unit: '%' })
// 粮食总产量31亿斤以上: one figure a year.
const grain = makeTarget('level', { value: 31, unit: '亿斤', frequency: 'annual' })

describe('assess: level', () => {
  it.each<{ case: string; target?: TargetDefinition; observations: Observation[]; asOf: string; expected: Status; gap?: number }>([
    { case: 'exactly reached', observations: [obs('2025-10', 95)], asOf: '2025-11-23', expected: 'onTrack', gap: 0 },
    { case: 'above', observations: [obs('2025-10', 96.1)], asOf: '2025-11-23', expected: 'onTrack', gap: 1.1 },
    { case: 'just under', observations: [obs('2025-10', 94.9)], asOf: '2025-11-23', expected: 'atRisk', gap: -0.1 },
    { case: 'exactly 5 % under (amber edge)', observations: [obs('2025-10', 90.25)], asOf: '2025-11-23', expected: 'atRisk', gap: -4.75 },
    { case: 'beyond 5 % under', observations: [obs('2025-10', 90.2)], asOf: '2025-11-23', expected: 'behind', gap: -4.8 },
    { case: 'month 12 reached: done', observations: [obs('2025-12', 95.3)], asOf: '2026-01-05', expected: 'done', gap: 0.3 },
    { case: 'month 12 just under: missed', observations: [obs('2025-12', 94.9)], asOf: '2026-01-05', expected: 'behind', gap: -0.1 },
    { case: 'no data', observations: [], asOf: '2025-11-23', expected: 'noData' },
    { case: 'annual: not yet due in November', target: grain, observations: [], asOf: '2025-11-23', expected: 'notDue' },
    { case: 'annual: not due at year end', target: grain, observations: [], asOf: '2025-12-31', expected: 'notDue' },
    { case: 'annual: due on 20 January and missing', target: grain, observations: [], asOf: '2026-01-20', expected: 'unreported' },
    {
      case: 'annual: 31.2亿斤 reached',
      target: grain,
      observations: [obs('2025-12', 31.2)],
      asOf: '2026-02-01',
      expected: 'done',
      gap: 0.2,
    },
  ])('$case → $expected', ({ target, observations, asOf, expected, gap }) => {
    const t = target ?? insurance
    const a = assess(t, observations, asOf)
    expect(a.status).toBe(expected)
    if (gap === undefined) return
    expect(a.gap).toBeCloseTo(gap, 10)
    expect(a.completion).toBeCloseTo((t.value + gap) / t.value, 10)
  })
})
