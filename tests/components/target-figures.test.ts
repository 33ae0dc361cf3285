import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../src/catalog/catalog'
import { latestText, paceText, progressText, shortProgressText, trendText } from '../../src/components/target/target-figures'
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
  ])('latest of %s = %s → %s', (id, value, a, expected) => expect(latestText(item(id, value, a))).toBe(expected))

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
  ] as const)('progress of %s → %s', (id, a, expected) => expect(progressText(item(id, 1, a))).toBe(expected))

  it.each([
    ['urban-jobs', { kind: 'amount', remaining: 0.32, monthsLeft: 2, perMonth: 0.16, missed: false }, '还需0.32万人，月均0.16万人'],
    ['urban-jobs', { kind: 'amount', remaining: 0.1, monthsLeft: 1, perMonth: 0.1, missed: false }, '还需0.1万人'],
    ['urban-jobs', { kind: 'amount', remaining: 0.5, monthsLeft: 0, missed: true }, '还需0.5万人，已无剩余月份'],
    [
      'retail-sales',
      { kind: 'growth', monthsLeft: 2, targetTotal: 1, ytdAmount: 1, lastYearRemaining: 1, neededRate: 9.04, missed: false },
      '其余2个月需增长9%',
    ],
    ['retail-sales', { kind: 'unavailable', reason: 'noYtdAmount' }, null],
    ['xiyu-taihang-tunnel', { kind: 'amount', remaining: 1, monthsLeft: 2, perMonth: 0.5, missed: false }, null],
    ['continuing-projects-resumed', { kind: 'amount', remaining: 1, monthsLeft: 0, missed: true }, '已过完成期限，尚未完成'],
  ] as const)('pace of %s → %s', (id, pace, expected) => expect(paceText(item(id, 1, { pace: { ...pace } }))).toBe(expected))

  it.each([
    [{ recovered: true }, '已追回进度'],
    [{ streak: { status: 'behind', periods: 3, months: 3, since: '2025-08' } }, '连续3个月滞后'],
    [{ streak: { status: 'behind', periods: 1, months: 1, since: '2025-10' } }, null],
    [{ streak: { status: 'behind', periods: 1, months: 12, since: '2025-12' } }, null],
    [{ streak: { status: 'onTrack', periods: 5, months: 5, since: '2025-06' } }, null],
  ] as const)('trend %j → %s', (a, expected) => expect(trendText(item('urban-jobs', 1, a))).toBe(expected))
})

describe('the short form for narrow cards', () => {
  it.each([
    ['urban-jobs', { completion: 0.9, expectedShare: 10 / 12 }, '完成90% · 序时83.3%'],
    ['gdp-growth', { gapPp: -0.4 }, '比目标低0.4个百分点'],
    ['xiyu-taihang-tunnel', { completion: 0, expectedShare: 0 }, null],
  ] as const)('%s → %s', (id, a, expected) => expect(shortProgressText(item(id, 1, a))).toBe(expected))
})
