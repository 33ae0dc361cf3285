import { describe, expect, it } from 'vitest'
import { bandTolerance, DEFAULT_THRESHOLDS, isRateUnit, syncTolerance, thresholdsFor } from '../../src/domain/thresholds'
import { makeTarget } from './factory'

describe('thresholds', () => {
  it('defaults are DESIGN.md §2', () => {
    expect(DEFAULT_THRESHOLDS).toEqual({
      growthAmberPp: 1,
      shareAmber: 0.1,
      ceilingAmberRatio: 0.05,
      levelAmberRatio: 0.05,
      bandRatePp: 0.5,
      bandAmountRatio: 0.05,
    })
  })

  it.each([
    { case: 'no override', overrides: undefined, key: 'growthAmberPp', expected: 1 },
    { case: 'override growthAmberPp', overrides: { growthAmberPp: 0.5 }, key: 'growthAmberPp', expected: 0.5 },
    { case: 'override leaves the others', overrides: { growthAmberPp: 0.5 }, key: 'shareAmber', expected: 0.1 },
    { case: 'override to zero is kept', overrides: { ceilingAmberRatio: 0 }, key: 'ceilingAmberRatio', expected: 0 },
    { case: 'NaN override is ignored', overrides: { levelAmberRatio: Number.NaN }, key: 'levelAmberRatio', expected: 0.05 },
  ] as const)('$case → $key = $expected', ({ overrides, key, expected }) => {
    expect(thresholdsFor(makeTarget('growth', { thresholds: overrides }))[key]).toBe(expected)
  })

  it.each([
    { case: 'rate band default', unit: '%', value: 2, tolerance: undefined, expected: 0.5 },
    { case: 'amount band default: 5 % of 1.2亿吨', unit: '亿吨', value: 1.2, tolerance: undefined, expected: 0.06 },
    { case: 'own tolerance wins', unit: '%', value: 2, tolerance: 1, expected: 1 },
  ])('bandTolerance: $case → $expected', ({ unit, value, tolerance, expected }) => {
    expect(bandTolerance(makeTarget('band', { unit, value, tolerance }))).toBeCloseTo(expected, 10)
  })

  it.each([
    { case: 'default 基本同步', tolerance: undefined, expected: 0.5 },
    { case: 'own tolerance', tolerance: 0.3, expected: 0.3 },
  ])('syncTolerance: $case → $expected', ({ tolerance, expected }) => {
    expect(syncTolerance(makeTarget('relative', { tolerance }))).toBe(expected)
  })

  it.each([
    { unit: '%', expected: true },
    { unit: '个百分点', expected: true },
    { unit: '亿元', expected: false },
    { unit: '‰', expected: false },
  ])('isRateUnit($unit) → $expected', ({ unit, expected }) => {
    expect(isRateUnit(unit)).toBe(expected)
  })
})
