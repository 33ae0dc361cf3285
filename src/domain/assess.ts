// One target's status and figures as of a date: the single place the status rules are applied.
//
// The frame is the same for every kind (docs/domain.md, "Time"):
// - only figures whose month has ended count; early figures are welcome;
// - a verdict is read at the later of the figure's month and the month now due, so an old figure
//   cannot keep a card green, and a month is never held against a target before its due day;
// - once the deadline period's figure is due the target is decided, the same way for every kind:
//   by that figure, or, while it is missing, as unreported (未报全年数据) rather than a colour.

import { type AssessKindInput, assessKind } from './assess-kinds'
import type { BaselineSeries } from './baseline-series'
import type { ShareBasis } from './expected-share'
import { latestObservation } from './observations'
import type { Pace } from './pace'
import { deadlineMonth, dueMonth, isFinalFigureDue, isFirstReportDue } from './periods'
import type { Projection } from './projection'
import type { Status } from './status'
import type { Observation, TargetDefinition } from './target'

export interface AssessContext {
  /** Relative targets: the reference target's observations (usually GDP growth). */
  reference?: readonly Observation[]
  /** Last year's figures for the same periods (baseline-series.ts). */
  baseline?: BaselineSeries
}

export interface Assessment {
  status: Status
  /** The figure the status rests on. */
  latest?: Observation
  /** actual ÷ target: cumulative, milestone, level. */
  completion?: number
  /** actual − target in percentage points: growth, relative (vs the reference), band rates. */
  gapPp?: number
  /** actual − target in the target's unit: level, ceiling, band amounts. */
  gap?: number
  /** 序时进度 at the judged month (0..1): cumulative, milestone. */
  expectedShare?: number
  /** What 序时进度 rests on: even months, a catalog profile, last year's shape. */
  shareBasis?: ShareBasis
  /** completion − expectedShare (points, 0..1 scale): positive is 超序时, negative is 滞后. */
  lagPoints?: number
  pace?: Pace
  /** 全年预计: where the period ends at the current pace. */
  projection?: Projection
  /** Relative targets: the reference figure compared against (same month, else latest before). */
  reference?: { targetId: string; value: number; month: string }
  /** 上年同期: last year's figure for the same period and the change on it (not for rate kinds). */
  lastYear?: { month: string; value: number; change: number; changeRatio?: number }
  /** Far under a control line (CPI 2%左右 at 0.2%): not behind, but worth saying in words. */
  belowControlLine?: boolean
  /** A due period whose figure is missing while an older one is shown ("9月数据未报"). */
  overdueMonth?: string
}

const SETTLED: ReadonlySet<Status> = new Set(['done', 'lateDone'])

/**
 * Status of `target` as of `asOf` ("YYYY-MM-DD"), from the latest plan-year figure whose month has
 * ended by then. Without one: notDue until the first figure is due, noData after that, and
 * unreported once the deciding figure is due.
 */
export function assess(
  target: TargetDefinition,
  observations: readonly Observation[],
  asOf: string,
  context: AssessContext = {},
): Assessment {
  const latest = latestObservation(target.id, target.year, observations, asOf)
  const decidable = isFinalFigureDue(target, asOf)
  if (!latest) return { status: decidable ? 'unreported' : isFirstReportDue(target, asOf) ? 'noData' : 'notDue' }
  // Months after the deadline month are not expected: a Q1 milestone is not overdue in October.
  const dueAny = dueMonth(target, asOf)
  const end = deadlineMonth(target)
  const due = dueAny !== undefined && dueAny > end ? end : dueAny
  const input: AssessKindInput = {
    target,
    latest,
    observations,
    asOf,
    context,
    final: latest.month >= end,
    judged: due !== undefined && due > latest.month ? due : latest.month,
  }
  const assessed = assessKind(input)
  const overdue = due !== undefined && due > latest.month && !SETTLED.has(assessed.status) ? { overdueMonth: due } : {}
  if (input.final || !decidable || SETTLED.has(assessed.status)) return { ...assessed, ...overdue }
  // The deciding figure is due and missing: no colour can be given honestly, nor a pace.
  const { pace: _pace, ...figures } = assessed
  return { ...figures, ...overdue, status: 'unreported' }
}
