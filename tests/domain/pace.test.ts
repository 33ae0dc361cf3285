import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import { type Pace, paceNeeded } from '../../src/domain/pace'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

const FLAT = Array.from({ length: 12 }, () => 100) // last year: 100 a month, 1200 in all
const SEASONAL = [80, 80, 100, 100, 100, 100, 100, 100, 100, 100, 120, 120] // also 1200
const investment = makeTarget('growth', { value: 5 }) // 1200 × 1.05 = 1260 this year
const jobs = makeTarget('cumulative', { value: 3.2 })
const resumed = makeTarget('milestone', { value: 120, deadline: '2025-03-31' })

describe('pace needed', () => {
  it.each<{ case: string; target: TargetDefinition; latest: Observation; asOf: string; lastYear?: number[]; expected: Pace | undefined }>([
    // (1260 − 1030) ÷ 200 − 1 = 15 %
    {
      case: 'growth, flat last year, October YTD 1030',
      target: investment,
      latest: obs('2025-10', 3, { ytdAmount: 1030 }),
      asOf: '2025-11-23',
      lastYear: FLAT,
      expected: {
        kind: 'growth',
        monthsLeft: 2,
        targetTotal: 1260,
        ytdAmount: 1030,
        lastYearRemaining: 200,
        neededRate: 15,
        missed: false,
      },
    },
    // (1260 − 600) ÷ 600 − 1 = 10 %
    {
      case: 'growth, flat last year, June YTD 600 (0 % so far)',
      target: investment,
      latest: obs('2025-06', 0, { ytdAmount: 600 }),
      asOf: '2025-07-20',
      lastYear: FLAT,
      expected: { kind: 'growth', monthsLeft: 6, targetTotal: 1260, ytdAmount: 600, lastYearRemaining: 600, neededRate: 10, missed: false },
    },
    // (1260 − 980) ÷ (120 + 120) − 1 = 280 ÷ 240 − 1 = 16.667 %
    {
      case: 'growth, seasonal last year, October YTD 980',
      target: investment,
      latest: obs('2025-10', 0, { ytdAmount: 980 }),
      asOf: '2025-11-23',
      lastYear: SEASONAL,
      expected: {
        kind: 'growth',
        monthsLeft: 2,
        targetTotal: 1260,
        ytdAmount: 980,
        lastYearRemaining: 240,
        neededRate: (280 / 240 - 1) * 100,
        missed: false,
      },
    },
    {
      case: 'growth, month 12 short: missed',
      target: investment,
      latest: obs('2025-12', 4.2, { ytdAmount: 1250 }),
      asOf: '2026-01-20',
      lastYear: FLAT,
      expected: { kind: 'growth', monthsLeft: 0, targetTotal: 1260, ytdAmount: 1250, lastYearRemaining: 0, missed: true },
    },
    {
      case: 'growth, YTD already past the year total',
      target: investment,
      latest: obs('2025-11', 15, { ytdAmount: 1265 }),
      asOf: '2025-12-10',
      lastYear: FLAT,
      expected: undefined,
    },
    {
      case: 'growth without a YTD amount',
      target: investment,
      latest: obs('2025-10', 4),
      asOf: '2025-11-23',
      lastYear: FLAT,
      expected: { kind: 'unavailable', reason: 'noYtdAmount' },
    },
    {
      case: "growth without last year's amounts",
      target: investment,
      latest: obs('2025-10', 4, { ytdAmount: 1030 }),
      asOf: '2025-11-23',
      expected: { kind: 'unavailable', reason: 'noLastYearAmounts' },
    },
    {
      case: "growth with only 11 of last year's months",
      target: investment,
      latest: obs('2025-10', 4, { ytdAmount: 1030 }),
      asOf: '2025-11-23',
      lastYear: FLAT.slice(0, 11),
      expected: { kind: 'unavailable', reason: 'noLastYearAmounts' },
    },
    // 3.2 − 2.5 = 0.7 over November and December
    {
      case: '城镇新增就业: 2.5 of 3.2 by October',
      target: jobs,
      latest: obs('2025-10', 2.5),
      asOf: '2025-11-23',
      expected: { kind: 'amount', remaining: 0.7, monthsLeft: 2, perMonth: 0.35, missed: false },
    },
    { case: 'cumulative met', target: jobs, latest: obs('2025-10', 3.3), asOf: '2025-11-23', expected: undefined },
    {
      case: 'cumulative, month 12 short',
      target: jobs,
      latest: obs('2025-12', 3.1),
      asOf: '2026-01-10',
      expected: { kind: 'amount', remaining: 0.1, monthsLeft: 0, missed: true },
    },
    {
      case: 'cumulative, deadline passed with November the latest',
      target: jobs,
      latest: obs('2025-11', 3),
      asOf: '2026-01-10',
      expected: { kind: 'amount', remaining: 0.2, monthsLeft: 1, missed: true },
    },
    {
      case: 'Q1 milestone: 40 of 120 in January',
      target: resumed,
      latest: obs('2025-01', 40),
      asOf: '2025-02-10',
      expected: { kind: 'amount', remaining: 80, monthsLeft: 2, perMonth: 40, missed: false },
    },
    {
      case: 'level: no pace',
      target: makeTarget('level', { value: 95 }),
      latest: obs('2025-10', 90),
      asOf: '2025-11-23',
      expected: undefined,
    },
  ])('$case', ({ target, latest, asOf, lastYear, expected }) => {
    const pace = paceNeeded(target, latest, asOf, lastYear)
    if (expected === undefined) return expect(pace).toBeUndefined()
    expect(pace).toBeDefined()
    for (const [key, value] of Object.entries(expected)) {
      const actual = (pace as unknown as Record<string, unknown>)[key]
      if (typeof value === 'number') expect(actual, key).toBeCloseTo(value, 9)
      else expect(actual, key).toBe(value)
    }
    expect(Object.keys(pace ?? {}).sort()).toEqual(Object.keys(expected).sort())
  })

  it.each([
    {
      case: 'growth behind, with amounts: pace on the assessment',
      latest: obs('2025-10', 3, { ytdAmount: 1030 }),
      asOf: '2025-11-23',
      expectedKind: 'growth',
    },
    {
      case: 'growth decided (done): no pace',
      latest: obs('2025-12', 5.2, { ytdAmount: 1262.4 }),
      asOf: '2026-01-20',
      expectedKind: undefined,
    },
  ])('$case', ({ latest, asOf, expectedKind }) => {
    expect(assess(investment, [latest], asOf, { lastYearMonthly: FLAT }).pace?.kind).toBe(expectedKind)
  })
})
