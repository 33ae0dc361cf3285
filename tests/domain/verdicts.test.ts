// The verdicts an official must be able to trust (issue "Verdicts an official can trust"): each row
// is a case that used to read wrong, with the status, pace and projection written out by hand.
import { describe, expect, it } from 'vitest'
import { type AssessContext, assess } from '../../src/domain/assess'
import type { BaselineSeries } from '../../src/domain/baseline-series'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

const cpi = makeTarget('ceiling', { comparator: 'about', value: 2, unit: '%', tolerance: 0.5, reading: 'yearToDate' })
// The catalog's default PM2.5 path: the 1-3月 average runs at 1.467 times the annual mean.
const PM25_PATH = [1.8, 1.65, 1.467, 1.313, 1.2, 1.103, 1.024, 0.965, 0.936, 0.937, 0.965, 1]
const pm25 = makeTarget('ceiling', { value: 36, reading: 'yearToDate', seasonalPath: { ratios: PM25_PATH, note: '默认' } })
const jobs = makeTarget('cumulative', { value: 3.2 })
const gdp = makeTarget('growth', { value: 5, frequency: 'quarterly' })
const coal = makeTarget('band', { value: 1.2, unit: '亿吨', tolerance: 0.06, reading: 'yearToDateTotal' })
const yellowRiver = makeTarget('milestone', { value: 44, unit: '项' })
const resumed = makeTarget('milestone', { value: 1, deadline: '2025-03-31' })
const rural = makeTarget('relative', { comparator: 'above', value: 0, referenceId: 'gdp-growth' })
const grain = makeTarget('level', { value: 31, unit: '亿斤', frequency: 'annual' })
// Batch-recognised: nothing expected before October.
const highTech = makeTarget('cumulative', {
  value: 109,
  unit: '家',
  pacing: { mode: 'seasonal', profile: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0.3, 0.6, 1] },
})
// Last year's new urban jobs to date (万人), January to December: 1.2 by May, 3.0 in all.
const JOBS_2024: BaselineSeries = new Map([0.2, 0.4, 0.6, 0.9, 1.2, 1.5, 1.8, 2.1, 2.4, 2.6, 2.8, 3].map((v, i) => [i + 1, v]))
// Last year's PM2.5 average from January (µg/m³): 1-3月 55, full year 38.
const PM25_2024: BaselineSeries = new Map([
  [3, 55],
  [12, 38],
])

interface Row {
  case: string
  target: TargetDefinition
  observations: Observation[]
  asOf: string
  context?: AssessContext
  status: Status
  /** Fields of the assessment, written out; numbers to 6 places. */
  expected?: Record<string, unknown>
}

describe('verdicts an official can trust', () => {
  it.each<Row>([
    // — prices: a control line, read the right way round —
    {
      case: 'CPI 0.2 % under the 2 %左右 line: not behind, and said to be low',
      target: cpi,
      observations: [obs('2025-10', 0.2)],
      asOf: '2025-11-23',
      status: 'onTrack',
      expected: { gap: -1.8, belowControlLine: true, projection: { value: 0.2, basis: 'latest', meets: true, shortfall: 0 } },
    },
    { case: 'CPI −0.1 %: not behind', target: cpi, observations: [obs('2025-10', -0.1)], asOf: '2025-11-23', status: 'onTrack' },
    {
      case: 'CPI 2.4 %: within 左右',
      target: cpi,
      observations: [obs('2025-10', 2.4)],
      asOf: '2025-11-23',
      status: 'onTrack',
      expected: { belowControlLine: undefined },
    },
    { case: 'CPI 2.8 %: over the line, amber', target: cpi, observations: [obs('2025-10', 2.8)], asOf: '2025-11-23', status: 'atRisk' },
    { case: 'CPI 3.2 %: far over, red', target: cpi, observations: [obs('2025-10', 3.2)], asOf: '2025-11-23', status: 'behind' },
    // — PM2.5: an annual average judged along its season —
    {
      case: 'PM2.5 1-3月 average 50 against 36: the season expects 52.8, heading for 34.1',
      target: pm25,
      observations: [obs('2025-03', 50)],
      asOf: '2025-04-20',
      status: 'onTrack',
      expected: { gap: 14, projection: { value: 50 / 1.467, basis: 'seasonalPath', meets: true, shortfall: 0 } },
    },
    {
      case: 'PM2.5 1-3月 55: heading for 37.5, over the line',
      target: pm25,
      observations: [obs('2025-03', 55)],
      asOf: '2025-04-20',
      status: 'atRisk',
      expected: { projection: { value: 55 / 1.467, basis: 'seasonalPath', meets: false, shortfall: (55 / 1.467 - 36) / 36 } },
    },
    {
      case: "PM2.5 with last year's path entered: 1-3月 50 where last year was 55 of 38 → 34.5, and 5 under last year",
      target: pm25,
      observations: [obs('2025-03', 50)],
      asOf: '2025-04-20',
      context: { baseline: PM25_2024 },
      status: 'onTrack',
      expected: {
        projection: { value: (50 * 38) / 55, basis: 'lastYearPath', meets: true, shortfall: 0 },
        lastYear: { month: '2024-03', value: 55, change: -5, changeRatio: -5 / 55 },
      },
    },
    { case: 'PM2.5 full-year 37: decided, missed', target: pm25, observations: [obs('2025-12', 37)], asOf: '2026-01-20', status: 'behind' },
    // — reporting lag —
    {
      case: '城镇新增就业 3.0 in November, seen on 10 January: December not due, ahead, not behind',
      target: jobs,
      observations: [obs('2025-11', 3)],
      asOf: '2026-01-10',
      status: 'onTrack',
      expected: {
        completion: 3 / 3.2,
        expectedShare: 11 / 12,
        pace: { kind: 'amount', remaining: 0.2, monthsLeft: 1, perMonth: 0.2, missed: false },
        projection: { value: 3 / (11 / 12), basis: 'pace', meets: true, shortfall: 0 },
      },
    },
    {
      case: 'the same on 16 January, December still missing: 未报全年数据, no pace',
      target: jobs,
      observations: [obs('2025-11', 3)],
      asOf: '2026-01-16',
      status: 'unreported',
      expected: { pace: undefined, overdueMonth: '2025-12' },
    },
    {
      case: '续建项目一季度全部复工 not done in February, seen on 1 April: March not due yet',
      target: resumed,
      observations: [obs('2025-02', 0)],
      asOf: '2025-04-01',
      status: 'onTrack',
    },
    {
      case: '续建项目 done by the March figure, entered on 10 April',
      target: resumed,
      observations: [obs('2025-02', 0), obs('2025-03', 1)],
      asOf: '2025-04-10',
      status: 'done',
    },
    {
      case: '续建项目 done only in May: 逾期完成',
      target: resumed,
      observations: [obs('2025-03', 0), obs('2025-05', 1)],
      asOf: '2025-06-15',
      status: 'lateDone',
    },
    {
      case: '续建项目 not done by March, seen in October: missed, and no later month is overdue',
      target: resumed,
      observations: [obs('2025-03', 0)],
      asOf: '2025-10-20',
      status: 'behind',
      expected: { overdueMonth: undefined, projection: undefined },
    },
    // — growth: the pace the rest of the year needs, and where it ends —
    {
      case: 'GDP 4.6 % for 上半年: the second half needs 5.4 % (even shares), heading for 4.6 %',
      target: gdp,
      observations: [obs('2025-06', 4.6)],
      asOf: '2025-07-20',
      status: 'atRisk',
      expected: {
        gapPp: -0.4,
        pace: { kind: 'growth', monthsLeft: 6, share: 0.5, shareBasis: 'even', neededRate: 5.4, missed: false },
        projection: { value: 4.6, basis: 'ytdRate', meets: false, shortfall: 0.08 },
      },
    },
    {
      case: 'GDP 前三季度 5.2 %, seen in February with no full-year figure: 未报全年数据',
      target: gdp,
      observations: [obs('2025-09', 5.2)],
      asOf: '2026-02-01',
      status: 'unreported',
    },
    { case: 'GDP 全年 5.1 %: done', target: gdp, observations: [obs('2025-12', 5.1)], asOf: '2026-01-25', status: 'done' },
    // — seasonality —
    {
      case: '高新技术企业 0 by July, recognised in year-end batches: not behind',
      target: highTech,
      observations: [obs('2025-07', 0)],
      asOf: '2025-08-15',
      status: 'onTrack',
      expected: { expectedShare: 0, shareBasis: 'profile', projection: undefined },
    },
    {
      case: '高新技术企业 20 by October against 30 % of 109: behind, November needs 89 × 0.3 ÷ 0.7',
      target: highTech,
      observations: [obs('2025-10', 20)],
      asOf: '2025-11-15',
      status: 'behind',
      expected: {
        expectedShare: 0.3,
        pace: { kind: 'amount', remaining: 89, monthsLeft: 2, perMonth: 44.5, nextMonth: (89 * 0.3) / 0.7, missed: false },
        projection: { value: 20 / 0.3, basis: 'pace', meets: false, shortfall: (109 - 20 / 0.3) / 109 },
      },
    },
    {
      case: "last year's monthly totals make the profile: 1.0 of 3.2 by May where last year had 1.2 of 3.0",
      target: jobs,
      observations: [obs('2025-05', 1)],
      asOf: '2025-06-15',
      context: { baseline: JOBS_2024 },
      status: 'atRisk',
      expected: {
        expectedShare: 0.4,
        shareBasis: 'lastYear',
        lastYear: { month: '2024-05', value: 1.2, change: -0.2, changeRatio: -0.2 / 1.2 },
      },
    },
    {
      case: "last year's series with months missing does not shape 序时进度 (it would jump): even shares",
      target: jobs,
      observations: [obs('2025-05', 1)],
      asOf: '2025-06-15',
      context: {
        baseline: new Map([
          [5, 1.2],
          [12, 3],
        ]),
      },
      status: 'behind',
      expected: { expectedShare: 5 / 12, shareBasis: 'even' },
    },
    {
      case: "CPI with last year's figures entered: a rate is not carried along last year's path (0.8 % stays 0.8 %)",
      target: cpi,
      observations: [obs('2025-03', 0.8)],
      asOf: '2025-04-15',
      context: {
        baseline: new Map([
          [3, 0.1],
          [12, 0.4],
        ]),
      },
      status: 'onTrack',
      expected: { projection: { value: 0.8, basis: 'latest', meets: true, shortfall: 0 }, belowControlLine: true },
    },
    {
      case: '农村居民收入 高于 GDP, level with it at 5.2 %: amber, and the projection does not claim it will be met',
      target: rural,
      observations: [obs('2025-09', 5.2)],
      asOf: '2025-10-20',
      context: { reference: [obs('2025-09', 5.2, { targetId: 'gdp-growth' })] },
      status: 'atRisk',
      expected: { projection: { value: 5.2, basis: 'ytdRate', meets: false, shortfall: 0 } },
    },
    {
      case: 'income 全年 in but GDP 全年 never: unreported once it is due, not a verdict on 前三季度 GDP',
      target: rural,
      observations: [obs('2025-12', 5.6)],
      asOf: '2026-06-30',
      context: { reference: [obs('2025-09', 5.2, { targetId: 'gdp-growth' })] },
      status: 'unreported',
    },
    // — milestones published —
    {
      case: '一泓清水入黄河 39 of 44 in September: ahead, heading for all 44',
      target: yellowRiver,
      observations: [obs('2025-09', 39)],
      asOf: '2025-10-20',
      status: 'onTrack',
      expected: { completion: 39 / 44, expectedShare: 0.75, projection: { value: 44, basis: 'pace', meets: true, shortfall: 0 } },
    },
    // — a year-to-date total judged on an annual band —
    {
      case: '原煤产量 1-10月 1.0亿吨: heading for 1.2, within 左右',
      target: coal,
      observations: [obs('2025-10', 1)],
      asOf: '2025-11-15',
      status: 'onTrack',
      expected: { completion: 1 / 1.2, projection: { value: 1.2, basis: 'pace', meets: true, shortfall: 0 } },
    },
    {
      case: '原煤产量 1-10月 0.85亿吨: heading for 1.02, far under',
      target: coal,
      observations: [obs('2025-10', 0.85)],
      asOf: '2025-11-15',
      status: 'behind',
    },
    // — after the plan year, every kind the same way —
    {
      case: 'annual level with no figure on 20 January: unreported',
      target: grain,
      observations: [],
      asOf: '2026-01-20',
      status: 'unreported',
    },
    { case: 'annual level before its due day: not due', target: grain, observations: [], asOf: '2026-01-19', status: 'notDue' },
  ])('$case → $status', ({ target, observations, asOf, context, status, expected }) => {
    const a = assess(target, observations, asOf, context)
    expect(a.status).toBe(status)
    for (const [key, value] of Object.entries(expected ?? {})) expectClose((a as unknown as Record<string, unknown>)[key], value, key)
  })
})

/** Deep equality with numbers compared to 6 places. */
function expectClose(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected === 'number') return void expect(actual, path).toBeCloseTo(expected, 6)
  if (expected !== null && typeof expected === 'object') {
    expect(actual, path).toBeTypeOf('object')
    const a = actual as Record<string, unknown>
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(expected).sort())
    for (const [key, value] of Object.entries(expected)) expectClose(a[key], value, `${path}.${key}`)
    return
  }
  expect(actual, path).toBe(expected)
}
