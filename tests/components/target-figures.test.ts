import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../src/catalog/catalog'
import * as figures from '../../src/components/target/target-figures'
import type { TargetWithStatus } from '../../src/contract/targets'

const catalog = loadCatalog(2025)
const target = (id: string) => {
  const t = catalog.find((c) => c.id === id)
  if (!t) throw new Error(id)
  return t
}
const item = (id: string, value: number | null, assessment: Partial<TargetWithStatus['assessment']>): TargetWithStatus => ({
  target: target(id),
  latest:
    value === null ? null : { targetId: id, month: '2025-10', value, updatedBy: 'x', updatedAt: '2025-11-01T00:00:00.000Z', version: 1 },
  assessment: { status: 'onTrack', recovered: false, ...assessment },
})

describe('what a card says', () => {
  it.each([
    ['gdp-growth', 5.6, {}, '增长5.6%'],
    ['urban-jobs', 2.88, {}, '2.88万人'],
    ['yellow-river-projects', 30, {}, '完成30项（共44项）'],
    ['xiyu-taihang-tunnel', 0, {}, '推进中'],
    ['xiyu-taihang-tunnel', 1, {}, '已完成'],
    ['pm25', 33, {}, '33微克/立方米'],
    ['gdp-growth', null, {}, null],
  ])('latest of %s = %s → %s', (id, value, a, expected) => expect(figures.latestText(item(id, value, a))).toBe(expected))

  it.each([
    ['urban-jobs', { completion: 0.9, expectedShare: 10 / 12, lagPoints: 0.9 - 10 / 12 }, '完成90%，序时进度83.3%，超序时进度6.7个百分点'],
    [
      'urban-jobs',
      { completion: 0.7, expectedShare: 10 / 12, lagPoints: 0.7 - 10 / 12 },
      '完成70%，序时进度83.3%，落后序时进度13.3个百分点',
    ],
    ['urban-jobs', { completion: 0.5, expectedShare: 0.5, lagPoints: 0 }, '完成50%，序时进度50%，与序时进度持平'],
    ['xiyu-taihang-tunnel', { completion: 0, expectedShare: 0, lagPoints: 0 }, null],
    ['non-fossil-energy', { gap: -0.5, completion: 11.5 / 12 }, '比目标低0.5个百分点'],
    ['rural-income', { gapPp: 0, reference: { targetId: 'gdp-growth', value: 5, month: '2025-10' } }, '经济增长5%，与其持平'],
    [
      'rural-income',
      { gapPp: 0.2, reference: { targetId: 'gdp-growth', value: 5, month: '2025-06' } },
      '经济增长5%（上半年），高于其0.2个百分点',
    ],
    ['gdp-growth', { gapPp: -0.4 }, '比目标低0.4个百分点'],
    ['cpi', { gapPp: 0 }, '与目标持平'],
    ['pm25', { gap: 1.5 }, '比目标高1.5微克/立方米'],
    [
      'rural-income',
      { gapPp: 0.5, reference: { targetId: 'gdp-growth', value: 5.2, month: '2025-10' } },
      '经济增长5.2%，高于其0.5个百分点',
    ],
  ] as const)('progress of %s → %s', (id, a, expected) => expect(figures.progressText(item(id, 1, a))).toBe(expected))

  it.each([
    ['urban-jobs', { kind: 'amount', remaining: 0.32, monthsLeft: 2, perMonth: 0.16, missed: false }, '还需0.32万人，月均0.16万人'],
    ['urban-jobs', { kind: 'amount', remaining: 0.1, monthsLeft: 1, perMonth: 0.1, missed: false }, '还需0.1万人'],
    ['urban-jobs', { kind: 'amount', remaining: 0.5, monthsLeft: 0, missed: true }, '还需0.5万人，已无剩余月份'],
    [
      'urban-jobs',
      { kind: 'amount', remaining: 0.7, monthsLeft: 2, perMonth: 0.35, nextMonth: 0.5, missed: false },
      '还需0.7万人，按季节规律下月需0.5万人',
    ],
    [
      'retail-sales',
      { kind: 'growth', monthsLeft: 2, share: 10 / 12, shareBasis: 'lastYear', neededRate: 9.04, missed: false },
      '其余2个月需增长9%',
    ],
    [
      'gdp-growth',
      { kind: 'growth', monthsLeft: 6, share: 0.5, shareBasis: 'even', neededRate: 5.4, missed: false },
      '其余6个月需增长5.4%（按上年各月均匀分布估算）',
    ],
    ['retail-sales', { kind: 'growth', monthsLeft: 2, share: 1, shareBasis: 'lastYear', missed: true }, '剩余月份已无法追回'],
    ['xiyu-taihang-tunnel', { kind: 'amount', remaining: 1, monthsLeft: 2, perMonth: 0.5, missed: false }, null],
    ['continuing-projects-resumed', { kind: 'amount', remaining: 1, monthsLeft: 0, missed: true }, '已过完成期限，尚未完成'],
  ] as const)('pace of %s → %s', (id, pace, expected) => expect(figures.paceText(item(id, 1, { pace: { ...pace } }))).toBe(expected))

  it.each([
    [{ recovered: true }, '已追回进度'],
    [{ streak: { status: 'behind', periods: 3, months: 3, since: '2025-08' } }, '连续3个月滞后'],
    [{ streak: { status: 'behind', periods: 1, months: 1, since: '2025-10' } }, null],
    [{ streak: { status: 'behind', periods: 1, months: 12, since: '2025-12' } }, null],
    [{ streak: { status: 'onTrack', periods: 5, months: 5, since: '2025-06' } }, null],
  ] as const)('trend %j → %s', (a, expected) => expect(figures.trendText(item('urban-jobs', 1, a))).toBe(expected))
})

describe('projection, last year and notices', () => {
  it.each([
    ['urban-jobs', { value: 3.3, basis: 'pace', meets: true, shortfall: 0 }, '按目前进度，全年预计3.3万人，可完成目标'],
    ['gdp-growth', { value: 4.6, basis: 'ytdRate', meets: false, shortfall: 0.08 }, '按目前进度，全年预计增长4.6%，完不成目标'],
    ['pm25', { value: 34.56, basis: 'seasonalPath', meets: true, shortfall: 0 }, '按目前进度，全年预计34.6微克/立方米，可完成目标'],
    ['cpi', { value: 0.2, basis: 'latest', meets: true, shortfall: 0 }, '按目前水平，全年预计0.2%，可完成目标'],
    ['continuing-projects-resumed', { value: 1, basis: 'pace', meets: true, shortfall: 0 }, '按目前进度，期末预计1项，可完成目标'],
    ['rental-subsidies', { value: 4450.8, basis: 'pace', meets: false, shortfall: 0.2 }, '按目前进度，全年预计4,451户，完不成目标'],
  ] as const)('projection of %s %j → %s', (id, projection, expected) =>
    expect(figures.projectionText(item(id, 1, { projection }))).toBe(expected),
  )

  it.each([
    ['pm25', { month: '2024-10', value: 40, change: -2, changeRatio: -0.05 }, '比上年同期减少2微克/立方米（−5%）'],
    ['urban-jobs', { month: '2024-10', value: 2.5, change: 0.3, changeRatio: 0.12 }, '比上年同期增加0.3万人（+12%）'],
    ['urban-jobs', { month: '2024-10', value: 2.5, change: 0, changeRatio: 0 }, '与上年同期持平'],
  ] as const)('last year of %s %j → %s', (id, lastYear, expected) => expect(figures.lastYearText(item(id, 1, { lastYear }))).toBe(expected))

  it.each([
    ['urban-jobs', { status: 'unreported' }, '已过报送期，尚未报送全年数据，无法判定是否完成'],
    ['continuing-projects-resumed', { status: 'unreported' }, '已过报送期，尚未报送一季度数据，无法判定是否完成'],
    ['urban-jobs', { status: 'behind', overdueMonth: '2025-10' }, '1-10月数据已到报送期，尚未报送'],
    ['cpi', { status: 'onTrack', belowControlLine: true }, '低于调控目标，物价涨幅处于低位'],
    [
      'cpi',
      { status: 'onTrack', belowControlLine: true, overdueMonth: '2025-11' },
      '低于调控目标，物价涨幅处于低位；1-11月数据已到报送期，尚未报送',
    ],
    ['urban-jobs', { status: 'onTrack' }, null],
  ] as const)('notice of %s %j → %s', (id, a, expected) => expect(figures.noticeText(item(id, 1, a))).toBe(expected))
})

describe("the province's own target", () => {
  it.each([
    ['gdp-growth', '5%以上'],
    ['urban-jobs', '45万人（全省总量，不与本市对比）'],
    ['afforestation', null],
  ])('%s → %s', (id, expected) => expect(figures.provinceText(target(id))).toBe(expected))
})

describe('the short form for narrow cards', () => {
  it.each([
    ['urban-jobs', { completion: 0.9, expectedShare: 10 / 12 }, '完成90% · 序时83.3%'],
    ['gdp-growth', { gapPp: -0.4 }, '比目标低0.4个百分点'],
    ['xiyu-taihang-tunnel', { completion: 0, expectedShare: 0 }, null],
  ] as const)('%s → %s', (id, a, expected) => expect(figures.shortProgressText(item(id, 1, a))).toBe(expected))
})
