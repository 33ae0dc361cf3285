import { describe, expect, it } from 'vitest'
import { formatDeadline, formatMonthLabel, formatNumber, formatPp, formatShare, formatValue } from '../../src/lib/format'
import { parseNumber } from '../../src/lib/parse-number'
import { formatGrowth, formatTargetValue } from '../../src/lib/target-text'

describe('formatting', () => {
  it.each([
    [2458.8, '2,458.8'],
    [3.2, '3.2'],
    [0.255, '0.26'],
    [797, '797'],
    [1234.56, '1,234.6'],
  ])('formatNumber(%s) → %s', (value, expected) => expect(formatNumber(value)).toBe(expected))

  it.each([
    [3.2, '万人', '3.2万人'],
    [36, '微克/立方米', '36微克/立方米'],
    [5.25, '‰', '5.25‰'],
  ])('formatValue(%s, %s) → %s', (v, unit, expected) => expect(formatValue(v, unit)).toBe(expected))

  it.each([
    [0.8333, '83.3%'],
    [1, '100%'],
    [0, '0%'],
  ])('formatShare(%s) → %s', (v, expected) => expect(formatShare(v)).toBe(expected))

  it.each([
    [0.3, '高0.3个百分点'],
    [-1.2, '低1.2个百分点'],
    [0.004, '持平'],
  ])('formatPp(%s) → %s', (v, expected) => expect(formatPp(v)).toBe(expected))

  it.each([
    [4.8, '增长4.8%'],
    [-1, '下降1%'],
    [0, '增长0%'],
  ])('formatGrowth(%s) → %s', (v, expected) => expect(formatGrowth(v)).toBe(expected))

  it('formats months in Chinese', () => expect(formatMonthLabel('2025-03')).toBe('2025年3月'))

  it.each([
    ['growth', 'atLeast', 5, '%', '5%以上'],
    ['cumulative', 'atLeast', 3.2, '万人', '3.2万人'],
    ['ceiling', 'atMost', 36, '微克/立方米', '36微克/立方米以内'],
    ['band', 'about', 2, '%', '2%左右'],
    ['relative', 'inSync', 0, '%', '与经济增长基本同步'],
    ['relative', 'above', 0, '%', '高于经济增长'],
  ] as const)('a %s target %s %s%s reads "%s"', (kind, comparator, value, unit, expected) =>
    expect(formatTargetValue({ kind, comparator, value, unit })).toBe(expected),
  )
})

describe('parseNumber', () => {
  it.each([
    ['3.2', 3.2],
    [' 1,234.5 ', 1234.5],
    ['１２．３', 12.3],
    ['-0.5', -0.5],
    ['－1', -1],
    ['', undefined],
    ['   ', undefined],
    ['3.2万', Number.NaN],
    ['abc', Number.NaN],
    ['1.2.3', Number.NaN],
  ])('parseNumber(%j) → %s', (text, expected) => expect(parseNumber(text)).toEqual(expected))
})

describe('formatDeadline', () => {
  it.each([
    ['2025-03-31', '3月31日'],
    ['2025-12-31', '12月31日'],
  ])('%s → %s', (date, expected) => expect(formatDeadline(date)).toBe(expected))
})
