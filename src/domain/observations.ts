// Which entered figures count for an assessment as of a date.

import { isMonthString, lastElapsedMonth, parseMonth } from './periods'
import type { Observation } from './target'

/**
 * The figures of `targetId` for the plan year whose month has elapsed by `asOf`, one per month,
 * sorted by month. A month's later entry wins, so an appended correction replaces the original.
 * Malformed months and non-finite values are skipped rather than thrown: one bad row must not
 * blank a wall display; entry validation is where they are refused.
 */
export function usableObservations(targetId: string, year: number, observations: readonly Observation[], asOf: string): Observation[] {
  const last = lastElapsedMonth(asOf)
  const byMonth = new Map<string, Observation>()
  for (const o of observations) {
    if (o.targetId !== targetId || !isMonthString(o.month) || !Number.isFinite(o.value)) continue
    if (parseMonth(o.month).year !== year || o.month > last) continue
    byMonth.set(o.month, o)
  }
  return [...byMonth.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
}

export function latestObservation(
  targetId: string,
  year: number,
  observations: readonly Observation[],
  asOf: string,
): Observation | undefined {
  return usableObservations(targetId, year, observations, asOf).at(-1)
}

/** The figure for `month`, else the latest before it: comparisons then cover like periods. */
export function observationAtOrBefore(sorted: readonly Observation[], month: string): Observation | undefined {
  let found: Observation | undefined
  for (const o of sorted) if (o.month <= month) found = o
  return found
}
