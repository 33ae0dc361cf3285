// 全年预计: where the target's period ends if the current pace holds, and whether that meets it.
// Each kind projects the way its figure accumulates:
// - cumulative, milestone, band on a year-to-date total: the figure ÷ the share of the period
//   normally done by then (序时进度, seasonal where a profile or last year's shape exists);
// - growth and relative: the year-to-date rate carried to the year's end;
// - level, ceiling, band on a reading: the latest value, carried along last year's path (or the
//   catalog's seasonal path) where one exists: PM2.5's 1-3月 average says little of the year.

import type { BaselineSeries } from './baseline-series'
import { expectedShare } from './expected-share'
import { gt, gte, lte } from './numeric'
import { monthIndex, parseMonth } from './periods'
import type { Observation, TargetDefinition } from './target'
import { isRateUnit } from './thresholds'

export type ProjectionBasis = 'pace' | 'ytdRate' | 'latest' | 'lastYearPath' | 'seasonalPath'

export interface Projection {
  /** The projected figure for the deadline period, in the target's unit (rates in %). */
  value: number
  basis: ProjectionBasis
  meets: boolean
  /** How far the projection misses the line, as a fraction of the target value (0 when it meets). */
  shortfall: number
}

/** A year-to-date figure carried to the end of the period by the share normally reached by then. */
export function projectByShare(
  target: TargetDefinition,
  latest: Observation,
  series: BaselineSeries | undefined,
): { value: number; basis: ProjectionBasis } | undefined {
  const { share, basis } = expectedShare(target, latest.month, series)
  if (share <= 0) return undefined
  const value = latest.value / share
  // A milestone of N items cannot end with more than N done.
  const capped = target.kind === 'milestone' ? Math.min(value, target.value) : value
  return { value: capped, basis: share >= 1 ? 'latest' : basis === 'lastYear' ? 'lastYearPath' : 'pace' }
}

/**
 * A reading (a level or an average from January) carried along a path: value × path(12) ÷ path(m).
 * Last year's series first, then the catalog's seasonal path, else the latest value as it stands.
 */
export function projectReading(
  target: TargetDefinition,
  latest: Observation,
  series: BaselineSeries | undefined,
): { value: number; basis: ProjectionBasis } {
  const m = parseMonth(latest.month).month
  if (m === 12 || monthIndex(latest.month, target.year) > 12) return { value: latest.value, basis: 'latest' }
  // A rate near zero (CPI 0.1 % → 0.4 %) has no seasonal shape to scale by: only amounts and
  // averages (PM2.5) are carried along last year's path.
  const at = isRateUnit(target.unit) ? undefined : series?.get(m)
  const end = series?.get(12)
  if (at !== undefined && end !== undefined && at > 0) return { value: (latest.value * end) / at, basis: 'lastYearPath' }
  const ratio = target.seasonalPath?.ratios[m - 1]
  if (target.reading === 'yearToDate' && ratio !== undefined && ratio > 0) return { value: latest.value / ratio, basis: 'seasonalPath' }
  return { value: latest.value, basis: 'latest' }
}

/** Meets and shortfall of a projected value against a line the target must reach or stay under. */
export function judgeProjection(
  projected: { value: number; basis: ProjectionBasis },
  line: number,
  direction: 'atLeast' | 'above' | 'atMost' | 'within',
  scale: number,
  tolerance = 0,
): Projection {
  const miss =
    direction === 'atLeast' || direction === 'above'
      ? line - projected.value
      : direction === 'atMost'
        ? projected.value - line
        : Math.abs(projected.value - line) - tolerance
  const meets = direction === 'atLeast' ? gte(projected.value, line) : direction === 'above' ? gt(projected.value, line) : lte(miss, 0)
  // A target of 0 (零事故) is scaled by 1 of its unit, so it cannot top every ranking by dividing by ~0.
  return { ...projected, meets, shortfall: meets ? 0 : Math.max(0, miss) / Math.max(Math.abs(scale), 1) }
}
