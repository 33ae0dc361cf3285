// Last year's figures for the same periods (上年同期): staff enter them as a target's baseline
// series, under months of the year before the plan year (2024-03 for a 2025 target). They are
// never this year's figures (usableObservations keeps to the plan year); they give the seasonal
// shape that 序时进度, growth pace and projections read, and the change on last year's period.
//
// A baseline figure is on the same footing as the target's own figures, except for rate targets:
// growth and relative targets take last year's year-to-date amount (1-6月 GDP 总量), since a
// share of the year cannot be read from rates.

import { allowedMonths, formatMonth, isMonthString, parseMonth } from './periods'
import type { Observation, TargetDefinition } from './target'

/** Month of the year (1..12) → last year's figure for the period ending that month. */
export type BaselineSeries = ReadonlyMap<number, number>

type Scheduled = Pick<TargetDefinition, 'id' | 'year' | 'frequency'>

/** Whether `month` is a baseline month of the target: last year, a month the target reports in. */
export function isBaselineMonth(target: Pick<TargetDefinition, 'year' | 'frequency'>, month: string): boolean {
  if (!isMonthString(month)) return false
  const { year, month: m } = parseMonth(month)
  return year === target.year - 1 && allowedMonths(target.frequency).includes(m)
}

/** The target's baseline series from a list of figures; a month's later entry wins. */
export function baselineSeries(target: Scheduled, observations: readonly Observation[]): BaselineSeries {
  const series = new Map<number, number>()
  for (const o of observations) {
    if (o.targetId !== target.id || !isBaselineMonth(target, o.month) || !Number.isFinite(o.value)) continue
    series.set(parseMonth(o.month).month, o.value)
  }
  return series
}

/** Last year's year-to-date figure at month m divided by that at month n (its share), when both are in. */
export function seriesRatio(series: BaselineSeries | undefined, m: number, n: number): number | undefined {
  const at = series?.get(m)
  const end = series?.get(n)
  if (at === undefined || end === undefined || end <= 0 || at < 0) return undefined
  return at / end
}

/** Last year's figure for the same period as `month` of the plan year, with its own month. */
export function sameTimeLastYear(
  target: Pick<TargetDefinition, 'year'>,
  series: BaselineSeries | undefined,
  month: string,
): { month: string; value: number } | undefined {
  const m = parseMonth(month).month
  const value = series?.get(m)
  return value === undefined ? undefined : { month: formatMonth(target.year - 1, m), value }
}

/**
 * The target a figure of `month` belongs to, given the target of the month's own year and that of
 * the next year: the own year's, else the next plan year's when the month is one of its baseline
 * months. The server, the mocks and the import all place a figure by this rule.
 */
export function targetForMonth<T extends Pick<TargetDefinition, 'year' | 'frequency'>>(
  month: string,
  ownYear: T | null | undefined,
  nextYear: T | null | undefined,
): T | undefined {
  if (ownYear) return ownYear
  return nextYear && isBaselineMonth(nextYear, month) ? nextYear : undefined
}

/**
 * Whether last year's series has every reportable month through the end of the period (month n),
 * so that a share read from it rises month by month rather than jumping between entered months.
 */
export function isCompleteThrough(target: Pick<TargetDefinition, 'frequency'>, series: BaselineSeries | undefined, n: number): boolean {
  return allowedMonths(target.frequency)
    .filter((m) => m <= n)
    .every((m) => series?.has(m))
}
