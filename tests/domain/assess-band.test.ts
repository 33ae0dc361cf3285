import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

// 居民消费价格涨幅2%左右: green 1.5..2.5, amber 1.0..3.0.
const cpi = makeTarget('band', { value: 2, unit: '%' })
// 原煤产量1.2亿吨左右: green ±0.06, amber ±0.12 (5 % and 10 % of the value).
const coal = makeTarget('band', { value: 1.2, unit: '亿吨' })

describe('assess: band', () => {
  it.each<{
    case: string
    target?: TargetDefinition
    observations: Observation[]
    asOf: string
    expected: Status
    gapPp?: number
    gap?: number
  }>([
    { case: 'on the value', observations: [obs('2025-10', 2)], asOf: '2025-11-23', expected: 'onTrack', gapPp: 0 },
    { case: 'upper edge +0.5', observations: [obs('2025-10', 2.5)], asOf: '2025-11-23', expected: 'onTrack', gapPp: 0.5 },
    { case: 'lower edge −0.5', observations: [obs('2025-10', 1.5)], asOf: '2025-11-23', expected: 'onTrack', gapPp: -0.5 },
    { case: 'just above the band', observations: [obs('2025-10', 2.6)], asOf: '2025-11-23', expected: 'atRisk', gapPp: 0.6 },
    { case: 'just below the band', observations: [obs('2025-10', 1.4)], asOf: '2025-11-23', expected: 'atRisk', gapPp: -0.6 },
    { case: 'twice the tolerance above (amber edge)', observations: [obs('2025-10', 3)], asOf: '2025-11-23', expected: 'atRisk', gapPp: 1 },
    { case: 'beyond twice above', observations: [obs('2025-10', 3.1)], asOf: '2025-11-23', expected: 'behind', gapPp: 1.1 },
    {
      case: 'beyond twice below (deflation risk)',
      observations: [obs('2025-10', 0.9)],
      asOf: '2025-11-23',
      expected: 'behind',
      gapPp: -1.1,
    },
    {
      case: "the target's own tolerance (±1)",
      target: makeTarget('band', { value: 2, tolerance: 1 }),
      observations: [obs('2025-10', 2.9)],
      asOf: '2025-11-23',
      expected: 'onTrack',
      gapPp: 0.9,
    },
    { case: 'month 12 inside: done', observations: [obs('2025-12', 2.3)], asOf: '2026-01-15', expected: 'done', gapPp: 0.3 },
    { case: 'month 12 outside: missed', observations: [obs('2025-12', 2.7)], asOf: '2026-01-15', expected: 'behind', gapPp: 0.7 },
    { case: 'no data', observations: [], asOf: '2025-11-23', expected: 'noData' },
    { case: 'not yet due', observations: [], asOf: '2025-01-01', expected: 'notDue' },
    {
      case: 'amount: 1.26亿吨, on the upper edge',
      target: coal,
      observations: [obs('2025-10', 1.26)],
      asOf: '2025-11-23',
      expected: 'onTrack',
      gap: 0.06,
    },
    {
      case: 'amount: 1.13亿吨, under by 0.07',
      target: coal,
      observations: [obs('2025-10', 1.13)],
      asOf: '2025-11-23',
      expected: 'atRisk',
      gap: -0.07,
    },
    {
      case: 'amount: 1.07亿吨, under by 0.13',
      target: coal,
      observations: [obs('2025-10', 1.07)],
      asOf: '2025-11-23',
      expected: 'behind',
      gap: -0.13,
    },
  ])('$case → $expected', ({ target, observations, asOf, expected, gapPp, gap }) => {
    const a = assess(target ?? cpi, observations, asOf)
    expect(a.status).toBe(expected)
    if (gapPp !== undefined) expect(a.gapPp).toBeCloseTo(gapPp, 10)
    if (gap !== undefined) expect(a.gap).toBeCloseTo(gap, 10)
    if (gap !== undefined) expect(a.gapPp).toBeUndefined()
    if (gapPp !== undefined) expect(a.gap).toBeUndefined()
  })
})
