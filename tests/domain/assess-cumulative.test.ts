import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

// An annual amount of 12 makes 序时进度 easy to read: m/12 of 12 is m.
const twelve = (overrides: Partial<TargetDefinition> = {}) => makeTarget('cumulative', { value: 12, ...overrides })
// A seasonal profile that is slow in the first half (October: 0.7).
const SLOW_START = [0.04, 0.08, 0.15, 0.22, 0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.85, 1]

describe('assess: cumulative', () => {
  it.each<{
    case: string
    target?: TargetDefinition
    observations: Observation[]
    asOf: string
    expected: Status
    completion?: number
    expectedShare?: number
  }>([
    {
      case: 'an old figure is judged against the month now due (6 of 12 from June, as of 20 November: October due on the 15th)',
      observations: [obs('2025-06', 6)],
      asOf: '2025-11-20',
      expected: 'behind',
      completion: 6 / 12,
      expectedShare: 10 / 12,
    },
    {
      case: 'a figure for the month just due is judged on its own month (10 November: October not due before the 15th)',
      observations: [obs('2025-09', 8.5)],
      asOf: '2025-11-10',
      expected: 'atRisk',
      completion: 8.5 / 12,
      expectedShare: 9 / 12,
    },
    {
      case: 'no December figure, seen in February of the next year: 未报全年数据, not a colour',
      observations: [obs('2025-11', 11.4)],
      asOf: '2026-02-15',
      expected: 'unreported',
      completion: 11.4 / 12,
      expectedShare: 1,
    },
    {
      case: 'exactly on 序时进度 (10 of 12 in October)',
      observations: [obs('2025-10', 10)],
      asOf: '2025-11-23',
      expected: 'onTrack',
      completion: 10 / 12,
      expectedShare: 10 / 12,
    },
    {
      case: 'just under 序时进度',
      observations: [obs('2025-10', 9.99)],
      asOf: '2025-11-23',
      expected: 'atRisk',
      completion: 9.99 / 12,
      expectedShare: 10 / 12,
    },
    {
      case: 'exactly 10 points under (amber edge)',
      observations: [obs('2025-10', 8.8)],
      asOf: '2025-11-23',
      expected: 'atRisk',
      completion: 8.8 / 12,
    },
    { case: 'beyond 10 points under', observations: [obs('2025-10', 8.7)], asOf: '2025-11-23', expected: 'behind', completion: 8.7 / 12 },
    { case: '超序时 (ahead)', observations: [obs('2025-10', 11)], asOf: '2025-11-23', expected: 'onTrack', completion: 11 / 12 },
    { case: 'reached before year end', observations: [obs('2025-10', 12.5)], asOf: '2025-11-23', expected: 'done', completion: 12.5 / 12 },
    {
      case: '城镇新增就业3.2万人: half by June',
      target: twelve({ value: 3.2 }),
      observations: [obs('2025-06', 1.6)],
      asOf: '2025-07-15',
      expected: 'onTrack',
      completion: 0.5,
      expectedShare: 0.5,
    },
    {
      case: 'month 12 exactly the target',
      observations: [obs('2025-12', 12)],
      asOf: '2026-01-10',
      expected: 'done',
      completion: 1,
      expectedShare: 1,
    },
    { case: 'month 12 just short: deadline passed', observations: [obs('2025-12', 11.9)], asOf: '2026-01-10', expected: 'behind' },
    {
      case: '10 January: December is not due before the 15th, November ahead of 序时进度 is not behind',
      observations: [obs('2025-11', 11.5)],
      asOf: '2026-01-10',
      expected: 'onTrack',
      expectedShare: 11 / 12,
    },
    {
      case: '15 January: December is due and missing',
      observations: [obs('2025-11', 11.5)],
      asOf: '2026-01-15',
      expected: 'unreported',
    },
    {
      case: 'December short, in: missed',
      observations: [obs('2025-11', 11.5), obs('2025-12', 11.8)],
      asOf: '2026-01-10',
      expected: 'behind',
      completion: 11.8 / 12,
      expectedShare: 1,
    },
    { case: 'no data', observations: [], asOf: '2025-11-23', expected: 'noData' },
    { case: 'not yet due', observations: [], asOf: '2025-01-30', expected: 'notDue' },
    {
      case: 'daily 序时进度: 16.2 % by February (59/365 = 16.16 %)',
      target: twelve({ value: 1000, pacing: { mode: 'daily' } }),
      observations: [obs('2025-02', 162)],
      asOf: '2025-03-05',
      expected: 'onTrack',
      expectedShare: 59 / 365,
    },
    {
      case: 'monthly 序时进度: the same 16.2 % is under 2/12',
      target: twelve({ value: 1000 }),
      observations: [obs('2025-02', 162)],
      asOf: '2025-03-05',
      expected: 'atRisk',
      expectedShare: 2 / 12,
    },
    {
      case: 'seasonal 序时进度: 75 % in October against 70 %',
      target: twelve({ pacing: { mode: 'seasonal', profile: SLOW_START } }),
      observations: [obs('2025-10', 9)],
      asOf: '2025-11-23',
      expected: 'onTrack',
      expectedShare: 0.7,
    },
    {
      case: 'monthly 序时进度: the same 75 % against 83.3 %',
      observations: [obs('2025-10', 9)],
      asOf: '2025-11-23',
      expected: 'atRisk',
      expectedShare: 10 / 12,
    },
    {
      case: 'override: amber within 5 points only',
      target: twelve({ thresholds: { shareAmber: 0.05 } }),
      observations: [obs('2025-10', 9)],
      asOf: '2025-11-23',
      expected: 'behind',
    },
  ])('$case → $expected', ({ target, observations, asOf, expected, completion, expectedShare }) => {
    const a = assess(target ?? twelve(), observations, asOf)
    expect(a.status).toBe(expected)
    if (completion !== undefined) expect(a.completion).toBeCloseTo(completion, 10)
    if (expectedShare !== undefined) expect(a.expectedShare).toBeCloseTo(expectedShare, 10)
    if (a.completion !== undefined && a.expectedShare !== undefined) {
      expect(a.lagPoints).toBeCloseTo(a.completion - a.expectedShare, 10)
    }
  })
})
