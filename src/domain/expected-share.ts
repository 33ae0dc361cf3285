// 序时进度: the share of a cumulative or milestone target that should be done by a point in time.
// The period runs from 1 January of the plan year to the target's deadline, so a Q1 milestone's
// expected share reaches 1 at the end of March and an annual target's at the end of December.

import { type BaselineSeries, isCompleteThrough, seriesRatio } from './baseline-series'
import { clamp } from './numeric'
import { deadlineMonth, monthEnd, monthIndex, parseDate } from './periods'
import type { TargetDefinition } from './target'

type Paced = Pick<TargetDefinition, 'year' | 'deadline' | 'pacing'> & Partial<Pick<TargetDefinition, 'kind' | 'value' | 'frequency'>>

const DAY_MS = 86_400_000

/** Days from 1 January of `year` through `date`, both included (0 before the year starts). */
function daysThrough(year: number, date: string): number {
  const { year: y, month, day } = parseDate(date)
  return Math.max(0, (Date.UTC(y, month - 1, day) - Date.UTC(year, 0, 1)) / DAY_MS + 1)
}

/** Months in the target's period: 12 for a year-end deadline, 3 for Q1, 6 for H1. */
export function periodMonths(target: Paced): number {
  return Math.max(1, monthIndex(deadlineMonth(target), target.year))
}

/** Where the expected share comes from: shown beside 序时进度 so its basis is never hidden. */
export type ShareBasis = 'even' | 'daily' | 'profile' | 'lastYear'

/**
 * Expected share (0..1) at the end of `month`, and its basis:
 * - lastYear: last year's year-to-date figure at m ÷ at n, when staff entered both (the target's
 *   own seasonal shape beats any assumption);
 * - profile: the catalog's seasonal profile, profile[m−1] ÷ profile[n−1];
 * - daily: days from 1 January to the month's last day ÷ days from 1 January to the deadline;
 * - even (default): m ÷ n, n the months in the period.
 */
export function expectedShare(target: Paced, month: string, series?: BaselineSeries): { share: number; basis: ShareBasis } {
  const n = periodMonths(target)
  const m = monthIndex(month, target.year)
  const pacing = target.pacing ?? { mode: 'monthly' }
  const basis = shareBasis(target, series)
  if (m <= 0) return { share: 0, basis }
  if (m >= n) return { share: 1, basis }
  // A single done/not-done milestone (通车, 开园, 获批) cannot be one-twelfth done each month: with
  // no pacing of its own nothing is expected before the deadline month, so it is not red all year.
  if (isSingleMilestone(target) && !target.pacing) return { share: 0, basis }
  const fromSeries = usesSeries(target, series) ? seriesRatio(series, m, n) : undefined
  if (fromSeries !== undefined) return { share: clamp(fromSeries, 0, 1), basis: 'lastYear' }
  switch (pacing.mode) {
    case 'monthly':
      return { share: m / n, basis: 'even' }
    case 'daily':
      return { share: clamp(daysThrough(target.year, monthEnd(month)) / daysThrough(target.year, target.deadline), 0, 1), basis }
    case 'seasonal': {
      const at = pacing.profile[m - 1]
      const end = pacing.profile[n - 1]
      // A malformed profile must not blank the card: fall back to the even monthly pace.
      if (at === undefined || end === undefined || end <= 0) return { share: m / n, basis: 'even' }
      return { share: clamp(at / end, 0, 1), basis: 'profile' }
    }
  }
}

/**
 * Last year's shape replaces the catalog's only when it is complete through the deadline month
 * (every reportable month entered), and never for daily pacing, which is calendar arithmetic.
 */
function usesSeries(target: Paced, series: BaselineSeries | undefined): boolean {
  const n = periodMonths(target)
  return (
    target.pacing?.mode !== 'daily' &&
    isCompleteThrough({ frequency: target.frequency ?? 'monthly' }, series, n) &&
    (series?.get(n) ?? 0) > 0
  )
}

/** The basis the target's 序时进度 rests on: last year's shape when entered through the deadline month. */
export function shareBasis(target: Paced, series?: BaselineSeries): ShareBasis {
  if (usesSeries(target, series)) return 'lastYear'
  const mode = target.pacing?.mode ?? 'monthly'
  return mode === 'seasonal' ? 'profile' : mode === 'daily' ? 'daily' : 'even'
}

/** Expected share at the end of `month` (see `expectedShare`). */
export function expectedShareAtMonthEnd(target: Paced, month: string, series?: BaselineSeries): number {
  return expectedShare(target, month, series).share
}

/** A milestone of one item: done or not done. */
export function isSingleMilestone(target: Partial<Pick<TargetDefinition, 'kind' | 'value'>>): boolean {
  return target.kind === 'milestone' && target.value === 1
}
