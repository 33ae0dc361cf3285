// How a target's status moved month by month: for "连续3个月滞后" and "已扭转" on the cards.

import { type AssessContext, assess } from './assess'
import { deadlineMonth, dueDate, isFigureDue, monthsBetween, monthsPerPeriod, reportableMonths } from './periods'
import type { Status } from './status'
import type { Frequency, Observation, TargetDefinition } from './target'

export interface HistoryPoint {
  month: string
  status: Status
}

/**
 * The status of each reportable month (by frequency) of the plan year whose figure is due by
 * `asOf`. Each point is exactly what `assess` said on that month's due day, when the month was
 * first judged; a month without a new figure carries the previous figure forward.
 */
export function statusHistory(
  target: TargetDefinition,
  observations: readonly Observation[],
  asOf: string,
  context: AssessContext = {},
): HistoryPoint[] {
  // A target is not judged month by month after its deadline month (a Q1 milestone in October).
  const end = deadlineMonth(target)
  return reportableMonths(target)
    .filter((month) => month <= end && isFigureDue(target, month, asOf))
    .map((month) => ({ month, status: assess(target, observations, dueDate(target, month), context).status }))
}

export interface Streak {
  status: Status
  /** Consecutive history points with this status, ending at the latest. */
  periods: number
  /** The same run in months: periods × months per period (a quarter is 3). */
  months: number
  /** The first month of the run. */
  since: string
}

/**
 * The trailing run of one status. Months per period come from `frequency` when given, else from
 * the spacing of the last two points (1 when there is only one point).
 */
export function streak(history: readonly HistoryPoint[], frequency?: Frequency): Streak | undefined {
  const last = history.at(-1)
  if (!last) return undefined
  let start = history.length - 1
  while (start > 0 && history[start - 1]?.status === last.status) start--
  const periods = history.length - start
  const previous = history.at(-2)
  const step = frequency ? monthsPerPeriod(frequency) : previous ? monthsBetween(previous.month, last.month) : 1
  return { status: last.status, periods, months: periods * step, since: history[start]?.month ?? last.month }
}

const TROUBLE: ReadonlySet<Status> = new Set(['behind', 'atRisk'])
const GOOD: ReadonlySet<Status> = new Set(['onTrack', 'done'])

/** True when the target is onTrack or done now and was behind or atRisk at some earlier point. */
export function recovered(history: readonly HistoryPoint[]): boolean {
  const last = history.at(-1)
  if (!last || !GOOD.has(last.status)) return false
  return history.slice(0, -1).some((p) => TROUBLE.has(p.status))
}
