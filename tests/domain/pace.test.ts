import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { BaselineSeries } from '../../src/domain/baseline-series'
import { amountPace, growthPace, type Pace } from '../../src/domain/pace'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

const gdp = makeTarget('growth', { value: 5, frequency: 'quarterly' })
const retail = makeTarget('growth', { value: 5 })
const jobs = makeTarget('cumulative', { value: 3.2 })
const resumed = makeTarget('milestone', { value: 120, deadline: '2025-03-31' })
// Last year's GDP to date by quarter (亿元): 一季度 560, 上半年 1180, 前三季度 1800, 全年 2458.8.
const GDP_2024: BaselineSeries = new Map([
  [3, 560],
  [6, 1180],
  [9, 1800],
  [12, 2458.8],
])
// A seasonal profile for the cumulative rows: 30 % by October, 65 % by November.
const SEASONAL = makeTarget('cumulative', {
  value: 100,
  pacing: { mode: 'seasonal', profile: [0, 0, 0.05, 0.1, 0.12, 0.14, 0.16, 0.2, 0.25, 0.3, 0.65, 1] },
})

describe('pace needed', () => {
  it.each<{
    case: string
    target: TargetDefinition
    latest: Observation
    judged?: string
    series?: BaselineSeries
    expected: Pace | undefined
  }>([
    {
      case: 'GDP 4.6 % for 上半年, even shares: the second half needs (5 − 0.5 × 4.6) ÷ 0.5 = 5.4 %',
      target: gdp,
      latest: obs('2025-06', 4.6),
      expected: { kind: 'growth', monthsLeft: 6, share: 0.5, shareBasis: 'even', neededRate: 5.4, missed: false },
    },
    {
      case: 'GDP 4.6 % for 上半年, last year 1180 of 2458.8 by June: s = 0.47991, (5 − s × 4.6) ÷ (1 − s) = 5.3692 %',
      target: gdp,
      latest: obs('2025-06', 4.6),
      series: GDP_2024,
      expected: {
        kind: 'growth',
        monthsLeft: 6,
        share: 1180 / 2458.8,
        shareBasis: 'lastYear',
        neededRate: (5 - (1180 / 2458.8) * 4.6) / (1 - 1180 / 2458.8),
        missed: false,
      },
    },
    {
      case: 'GDP 一季度 5.6 %: ahead, the rest needs only (5 − 0.25 × 5.6) ÷ 0.75 = 4.8 %',
      target: gdp,
      latest: obs('2025-03', 5.6),
      expected: { kind: 'growth', monthsLeft: 9, share: 0.25, shareBasis: 'even', neededRate: 4.8, missed: false },
    },
    {
      case: 'retail 1-10月 4.2 %, even: (5 − 10/12 × 4.2) ÷ (2/12) = 9 %',
      target: retail,
      latest: obs('2025-10', 4.2),
      expected: { kind: 'growth', monthsLeft: 2, share: 10 / 12, shareBasis: 'even', neededRate: 9, missed: false },
    },
    {
      case: 'last year has the month but not the year total: falls back to even shares',
      target: gdp,
      latest: obs('2025-06', 4.6),
      series: new Map([[6, 1180]]),
      expected: { kind: 'growth', monthsLeft: 6, share: 0.5, shareBasis: 'even', neededRate: 5.4, missed: false },
    },
    { case: 'growth: the year-end figure leaves nothing to pace', target: retail, latest: obs('2025-12', 4.8), expected: undefined },
    {
      case: '城镇新增就业: 2.5 of 3.2 by October, 2 months left: 0.35 a month',
      target: jobs,
      latest: obs('2025-10', 2.5),
      expected: { kind: 'amount', remaining: 0.7, monthsLeft: 2, perMonth: 0.35, missed: false },
    },
    { case: 'cumulative met: no pace', target: jobs, latest: obs('2025-10', 3.3), expected: undefined },
    {
      case: 'cumulative short in December: missed',
      target: jobs,
      latest: obs('2025-12', 3.1),
      expected: { kind: 'amount', remaining: 0.1, monthsLeft: 0, missed: true },
    },
    {
      case: 'an old figure paces from the month now due (June figure, October due: 2 months left)',
      target: jobs,
      latest: obs('2025-06', 2),
      judged: '2025-10',
      expected: { kind: 'amount', remaining: 1.2, monthsLeft: 2, perMonth: 0.6, missed: false },
    },
    {
      case: 'Q1 milestone: 40 of 120 in January, paced to March',
      target: resumed,
      latest: obs('2025-01', 40),
      expected: { kind: 'amount', remaining: 80, monthsLeft: 2, perMonth: 40, missed: false },
    },
    {
      case: 'seasonal: 15 of 100 by August; September needs 85 × (0.25 − 0.2) ÷ 0.8 = 5.3125, not the even 21.25',
      target: SEASONAL,
      latest: obs('2025-08', 15),
      expected: { kind: 'amount', remaining: 85, monthsLeft: 4, perMonth: 21.25, nextMonth: 5.3125, missed: false },
    },
    {
      case: 'seasonal: 20 of 100 by September; October needs 80 × (0.3 − 0.25) ÷ 0.75 = 5.333',
      target: SEASONAL,
      latest: obs('2025-09', 20),
      expected: { kind: 'amount', remaining: 80, monthsLeft: 3, perMonth: 80 / 3, nextMonth: (80 * 0.05) / 0.75, missed: false },
    },
  ])('$case', ({ target, latest, judged, series, expected }) => {
    const pace = target.kind === 'growth' ? growthPace(target, latest, series) : amountPace(target, latest, judged ?? latest.month, series)
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
    { case: 'growth in the year: pace on the assessment', latest: obs('2025-10', 3), asOf: '2025-11-23', expectedKind: 'growth' },
    { case: 'growth decided by its December figure: no pace', latest: obs('2025-12', 5.2), asOf: '2026-01-20', expectedKind: undefined },
    {
      case: 'growth with its December figure missing after it is due: no pace',
      latest: obs('2025-10', 4),
      asOf: '2026-01-20',
      expectedKind: undefined,
    },
  ])('$case', ({ latest, asOf, expectedKind }) => {
    expect(assess(retail, [latest], asOf).pace?.kind).toBe(expectedKind)
  })
})
