// 序时进度: the share of a cumulative or milestone target that should be done by a point in time.
// The period runs from 1 January of the plan year to the target's deadline, so a Q1 milestone's
// expected share reaches 1 at the end of March and an annual target's at the end of December.

import { clamp } from './numeric'
import { deadlineMonth, lastElapsedMonth, monthEnd, monthIndex, parseDate } from './periods'
import type { TargetDefinition } from './target'

type Paced = Pick<TargetDefinition, 'year' | 'deadline' | 'pacing'> & Partial<Pick<TargetDefinition, 'kind' | 'value'>>

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

/**
 * Expected share (0..1) at the end of `month`:
 * - monthly (default): m ÷ n, n the months in the period;
 * - daily: days from 1 January to the month's last day ÷ days from 1 January to the deadline;
 * - seasonal: profile[m−1], rescaled by profile[n−1] when the deadline is before December.
 */
export function expectedShareAtMonthEnd(target: Paced, month: string): number {
  const n = periodMonths(target)
  const m = monthIndex(month, target.year)
  if (m <= 0) return 0
  if (m >= n) return 1
  // A single done/not-done milestone (通车, 开园, 获批) cannot be one-twelfth done each month: with
  // no pacing of its own nothing is expected before the deadline month, so it is not red all year.
  if (isSingleMilestone(target) && !target.pacing) return 0
  const pacing = target.pacing ?? { mode: 'monthly' }
  switch (pacing.mode) {
    case 'monthly':
      return m / n
    case 'daily':
      return clamp(daysThrough(target.year, monthEnd(month)) / daysThrough(target.year, target.deadline), 0, 1)
    case 'seasonal': {
      const at = pacing.profile[m - 1]
      const end = pacing.profile[n - 1]
      // A malformed profile must not blank the card: fall back to the even monthly pace.
      if (at === undefined || end === undefined || end <= 0) return m / n
      return clamp(at / end, 0, 1)
    }
  }
}

/** A milestone of one item: done or not done. */
export function isSingleMilestone(target: Partial<Pick<TargetDefinition, 'kind' | 'value'>>): boolean {
  return target.kind === 'milestone' && target.value === 1
}

/**
 * Expected share as of a date, for "today's 序时进度" displays. Daily pacing counts the days up to
 * and including `date`; monthly and seasonal pacing step at month ends (the as-of convention).
 */
export function expectedShareOnDate(target: Paced, date: string): number {
  if (target.pacing?.mode === 'daily') {
    return clamp(daysThrough(target.year, date) / daysThrough(target.year, target.deadline), 0, 1)
  }
  return expectedShareAtMonthEnd(target, lastElapsedMonth(date))
}
