// One target's status and figures as of a date: the single place the status rules are applied.

import { expectedShareAtMonthEnd } from './expected-share'
import { latestObservation, observationAtOrBefore, usableObservations } from './observations'
import { type Pace, paceNeeded } from './pace'
import { deadlineMonth, dueMonth, isDeadlinePassed, isFirstReportDue } from './periods'
import type { Status } from './status'
import type { Observation, TargetDefinition } from './target'
import { bandTolerance, isRateUnit, syncTolerance, thresholdsFor } from './thresholds'
import { aboutVerdict, aboveVerdict, atLeastVerdict, atMostVerdict, type Verdict, verdictStatus } from './verdict'

export interface AssessContext {
  /** Relative targets: the reference target's observations (usually GDP growth). */
  reference?: readonly Observation[]
  /** Growth pace: last year's amount in each month, January first (each month's own, not YTD). */
  lastYearMonthly?: readonly number[]
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
  /** 序时进度 at the end of the latest figure's month (0..1): cumulative, milestone. */
  expectedShare?: number
  /** completion − expectedShare (points, 0..1 scale): positive is 超序时, negative is 滞后. */
  lagPoints?: number
  pace?: Pace
  /** Relative targets: the reference figure compared against (same month, else latest before). */
  reference?: { targetId: string; value: number; month: string }
}

/**
 * Status of `target` as of `asOf` ("YYYY-MM-DD"), from the latest plan-year figure whose month has
 * elapsed by then. Without one: notDue until the first reportable month has ended, then noData.
 */
export function assess(
  target: TargetDefinition,
  observations: readonly Observation[],
  asOf: string,
  context: AssessContext = {},
): Assessment {
  const latest = latestObservation(target.id, target.year, observations, asOf)
  if (!latest) return { status: isFirstReportDue(target, asOf) ? 'noData' : 'notDue' }
  // The deadline period's own figure decides a rate or level target for good.
  const final = latest.month >= deadlineMonth(target)
  const t = thresholdsFor(target)

  switch (target.kind) {
    case 'cumulative':
    case 'milestone':
      return assessShare(target, latest, asOf, final, context)
    case 'growth': {
      const gapPp = latest.value - target.value
      const verdict = directional(target, latest.value, target.value, t.growthAmberPp, bandTolerance(target))
      const status = verdictStatus(verdict, final)
      const pace = status === 'done' ? undefined : paceNeeded(target, latest, asOf, context.lastYearMonthly)
      return withPace({ status, latest, gapPp }, pace)
    }
    case 'level': {
      const amber = t.levelAmberRatio * Math.abs(target.value)
      const verdict = directional(target, latest.value, target.value, amber, bandTolerance(target))
      const completion = target.value !== 0 ? latest.value / target.value : undefined
      return withCompletion({ status: verdictStatus(verdict, final), latest, gap: latest.value - target.value }, completion)
    }
    case 'ceiling': {
      const verdict = atMostVerdict(latest.value, target.value, t.ceilingAmberRatio * Math.abs(target.value))
      return { status: verdictStatus(verdict, final), latest, gap: latest.value - target.value }
    }
    case 'band': {
      const verdict = aboutVerdict(latest.value, target.value, bandTolerance(target))
      const difference = latest.value - target.value
      const figures = isRateUnit(target.unit) ? { gapPp: difference } : { gap: difference }
      return { status: verdictStatus(verdict, final), latest, ...figures }
    }
    case 'relative':
      return assessRelative(target, latest, asOf, final, context)
  }
}

/** Growth and level honour their comparator: 以上 (default), 以内, 左右 (with `tolerance`). */
function directional(target: TargetDefinition, actual: number, line: number, amber: number, tolerance: number): Verdict {
  if (target.comparator === 'atMost') return atMostVerdict(actual, line, amber)
  if (target.comparator === 'about') return aboutVerdict(actual, line, tolerance)
  return atLeastVerdict(actual, line, amber)
}

/** Cumulative and milestone: completion against 序时进度; done as soon as the amount is reached. */
function assessShare(target: TargetDefinition, latest: Observation, asOf: string, final: boolean, context: AssessContext): Assessment {
  const completion = latest.value / target.value
  // A figure older than the one now due is judged against where the target should be by the due
  // month: an old figure must not keep a card green.
  const due = dueMonth(target, asOf)
  const judged = due !== undefined && due > latest.month ? due : latest.month
  const expectedShare = expectedShareAtMonthEnd(target, judged)
  const lagPoints = completion - expectedShare
  const figures = { latest, completion, expectedShare, lagPoints }
  if (atLeastVerdict(completion, 1, 0) === 'met') return { status: 'done', ...figures }
  const pace = paceNeeded(target, latest, asOf, context.lastYearMonthly)
  // Short with the deadline month's figure in, or past the deadline: missed, whatever the
  // figure's own month said (a November figure read in January cannot catch up any more).
  if (final || isDeadlinePassed(target, asOf)) return withPace({ status: 'behind', ...figures }, pace)
  const verdict = atLeastVerdict(completion, expectedShare, thresholdsFor(target).shareAmber)
  return withPace({ status: verdictStatus(verdict, false), ...figures }, pace)
}

/**
 * Relative: the target's YTD growth against the reference's for the same month (else the latest
 * before it, so like periods are compared). 基本同步 is met within tolerance below and any amount
 * above (收入增长快于经济增长 is good); 高于 is met only strictly above.
 */
function assessRelative(target: TargetDefinition, latest: Observation, asOf: string, final: boolean, context: AssessContext): Assessment {
  const referenceId = target.referenceId
  const ref = referenceId
    ? observationAtOrBefore(usableObservations(referenceId, target.year, context.reference ?? [], asOf), latest.month)
    : undefined
  if (!referenceId || !ref) return { status: 'noData', latest }
  const gapPp = latest.value - ref.value
  const t = thresholdsFor(target)
  const tolerance = syncTolerance(target)
  const verdict =
    target.comparator === 'inSync'
      ? atLeastVerdict(latest.value, ref.value - tolerance, tolerance)
      : target.comparator === 'above'
        ? aboveVerdict(latest.value, ref.value, t.growthAmberPp)
        : directional(target, latest.value, ref.value, t.growthAmberPp, tolerance)
  // Decided only when both year-end figures are in; until GDP's own is out the verdict can change.
  const decided = final && ref.month >= deadlineMonth(target)
  return {
    status: verdictStatus(verdict, decided),
    latest,
    gapPp,
    reference: { targetId: referenceId, value: ref.value, month: ref.month },
  }
}

function withPace(a: Assessment, pace: Pace | undefined): Assessment {
  return pace ? { ...a, pace } : a
}

function withCompletion(a: Assessment, completion: number | undefined): Assessment {
  return completion === undefined ? a : { ...a, completion }
}
