// Each kind's arithmetic (docs/domain.md, "Statuses"): a verdict against a line, the figures the
// cards show, the pace needed and the projection. assess.ts supplies the time frame.

import type { AssessContext, Assessment } from './assess'
import { sameTimeLastYear } from './baseline-series'
import { expectedShare } from './expected-share'
import { observationAtOrBefore, usableObservations } from './observations'
import { amountPace, growthPace } from './pace'
import { deadlineMonth, isFinalFigureDue } from './periods'
import { judgeProjection, projectByShare, projectReading } from './projection'
import type { Observation, TargetDefinition } from './target'
import { bandTolerance, isRateUnit, syncTolerance, thresholdsFor } from './thresholds'
import { aboutVerdict, aboveVerdict, atLeastVerdict, atMostVerdict, type Verdict, verdictStatus } from './verdict'

export interface AssessKindInput {
  target: TargetDefinition
  latest: Observation
  observations: readonly Observation[]
  asOf: string
  context: AssessContext
  /** The latest figure is the deadline period's own: the target is decided by it. */
  final: boolean
  /** The month the verdict is read at: the later of the figure's month and the month now due. */
  judged: string
}

export function assessKind(input: AssessKindInput): Assessment {
  switch (input.target.kind) {
    case 'cumulative':
    case 'milestone':
      return assessShare(input)
    case 'growth':
      return assessGrowth(input)
    case 'level':
      return assessLevel(input)
    case 'ceiling':
      return assessCeiling(input)
    case 'band':
      return assessBand(input)
    case 'relative':
      return assessRelative(input)
  }
}

/** Growth and level honour their comparator: 以上 (default), 以内, 左右 (with `tolerance`). */
function directional(target: TargetDefinition, actual: number, line: number, amber: number): Verdict {
  if (target.comparator === 'atMost') return atMostVerdict(actual, line, amber)
  if (target.comparator === 'about') return aboutVerdict(actual, line, bandTolerance(target))
  return atLeastVerdict(actual, line, amber)
}

function direction(target: TargetDefinition): 'atLeast' | 'atMost' | 'within' {
  return target.comparator === 'atMost' ? 'atMost' : target.comparator === 'about' ? 'within' : 'atLeast'
}

/** 上年同期 for kinds whose figure and baseline series share a unit (not growth rates). */
function lastYearFigures({ target, latest, context }: AssessKindInput): Pick<Assessment, 'lastYear'> {
  if (target.kind === 'growth' || target.kind === 'relative') return {}
  const same = sameTimeLastYear(target, context.baseline, latest.month)
  if (!same) return {}
  const change = latest.value - same.value
  return { lastYear: { ...same, change, ...(same.value !== 0 ? { changeRatio: change / Math.abs(same.value) } : {}) } }
}

/** Cumulative and milestone: completion against 序时进度; done as soon as the amount is reached. */
function assessShare(input: AssessKindInput): Assessment {
  const { target, latest, observations, asOf, context, final, judged } = input
  const completion = latest.value / target.value
  const { share, basis } = expectedShare(target, judged, context.baseline)
  const figures = { latest, completion, expectedShare: share, shareBasis: basis, lagPoints: completion - share, ...lastYearFigures(input) }
  const projected = projectByShare(target, latest, context.baseline)
  const projection = projected && judgeProjection(projected, target.value, 'atLeast', target.value)
  if (atLeastVerdict(completion, 1, 0) === 'met') {
    // Reached by a figure after the deadline month: 逾期完成, never 已完成 with 已追回进度.
    const first = usableObservations(target.id, target.year, observations, asOf).find((o) => o.value >= target.value)
    const late = (first?.month ?? latest.month) > deadlineMonth(target)
    return { status: late ? 'lateDone' : 'done', ...figures }
  }
  const pace = amountPace(target, latest, judged, context.baseline)
  const status = final ? 'behind' : verdictStatus(atLeastVerdict(completion, share, thresholdsFor(target).shareAmber), false)
  return { status, ...figures, ...(pace ? { pace } : {}), ...(projection && !final ? { projection } : {}) }
}

function assessGrowth(input: AssessKindInput): Assessment {
  const { target, latest, final, context } = input
  const verdict = directional(target, latest.value, target.value, thresholdsFor(target).growthAmberPp)
  const status = verdictStatus(verdict, final)
  const pace = final ? undefined : growthPace(target, latest, context.baseline)
  const projection = judgeProjection(
    { value: latest.value, basis: 'ytdRate' },
    target.value,
    direction(target),
    target.value,
    bandTolerance(target),
  )
  return { status, latest, gapPp: latest.value - target.value, ...(pace ? { pace } : {}), ...(final ? {} : { projection }) }
}

function assessLevel(input: AssessKindInput): Assessment {
  const { target, latest, final, context } = input
  const amber = thresholdsFor(target).levelAmberRatio * Math.abs(target.value)
  const verdict = directional(target, latest.value, target.value, amber)
  const projection = judgeProjection(
    projectReading(target, latest, context.baseline),
    target.value,
    direction(target),
    target.value,
    bandTolerance(target),
  )
  return {
    status: verdictStatus(verdict, final),
    latest,
    gap: latest.value - target.value,
    ...(target.value !== 0 ? { completion: latest.value / target.value } : {}),
    ...lastYearFigures(input),
    ...(final ? {} : { projection }),
  }
}

/**
 * Ceiling (以内, and 左右 used as a control line: CPI 2%左右). Under the line is fine; only above it
 * (with the tolerance of 左右) is amber or red. An average from January is judged by where the
 * year is heading along its seasonal path, so a winter-heavy PM2.5 is not red until autumn.
 */
function assessCeiling(input: AssessKindInput): Assessment {
  const { target, latest, final, context } = input
  const about = target.comparator === 'about'
  const tolerance = about ? bandTolerance(target) : 0
  const line = target.value + tolerance
  const amber = about ? tolerance : thresholdsFor(target).ceilingAmberRatio * Math.abs(target.value)
  const projected = projectReading(target, latest, context.baseline)
  const judgedValue = target.reading === 'yearToDate' && !final ? projected.value : latest.value
  const belowControlLine = about && latest.value < target.value - 2 * tolerance
  return {
    status: verdictStatus(atMostVerdict(judgedValue, line, amber), final),
    latest,
    gap: latest.value - target.value,
    ...lastYearFigures(input),
    ...(belowControlLine ? { belowControlLine } : {}),
    ...(final ? {} : { projection: judgeProjection(projected, line, 'atMost', target.value) }),
  }
}

/** 左右: a reading within the band, or a year-to-date total heading for it (原煤产量 1-10月). */
function assessBand(input: AssessKindInput): Assessment {
  const { target, latest, final, context } = input
  const tolerance = bandTolerance(target)
  const projected =
    target.reading === 'yearToDateTotal'
      ? projectByShare(target, latest, context.baseline)
      : projectReading(target, latest, context.baseline)
  // Only a year-to-date total is judged by where it is heading; a reading is judged as it stands.
  const judgedValue = target.reading === 'yearToDateTotal' && !final && projected ? projected.value : latest.value
  const difference = latest.value - target.value
  const figures = target.reading === 'yearToDateTotal' ? {} : isRateUnit(target.unit) ? { gapPp: difference } : { gap: difference }
  return {
    status: verdictStatus(aboutVerdict(judgedValue, target.value, tolerance), final),
    latest,
    ...figures,
    ...(target.reading === 'yearToDateTotal' && target.value !== 0 ? { completion: latest.value / target.value } : {}),
    ...lastYearFigures(input),
    ...(final || !projected ? {} : { projection: judgeProjection(projected, target.value, 'within', target.value, tolerance) }),
  }
}

/**
 * Relative: the target's YTD growth against the reference's for the same month (else the latest
 * before it, so like periods are compared). 基本同步 is met within tolerance below and any amount
 * above (收入增长快于经济增长 is good); 高于 is met only strictly above.
 */
function assessRelative({ target, latest, asOf, final, context }: AssessKindInput): Assessment {
  const referenceId = target.referenceId
  const ref = referenceId
    ? observationAtOrBefore(usableObservations(referenceId, target.year, context.reference ?? [], asOf), latest.month)
    : undefined
  if (!referenceId || !ref) return { status: 'noData', latest }
  const t = thresholdsFor(target)
  const tolerance = syncTolerance(target)
  const verdict =
    target.comparator === 'inSync'
      ? atLeastVerdict(latest.value, ref.value - tolerance, tolerance)
      : target.comparator === 'above'
        ? aboveVerdict(latest.value, ref.value, t.growthAmberPp)
        : directional(target, latest.value, ref.value, t.growthAmberPp)
  // Decided only when both year-end figures are in; until GDP's own is out the verdict can change,
  // and once GDP's is due and still missing, it cannot be given at all.
  const decided = final && ref.month >= deadlineMonth(target)
  if (final && !decided && isFinalFigureDue(target, asOf)) {
    return {
      status: 'unreported',
      latest,
      gapPp: latest.value - ref.value,
      reference: { targetId: referenceId, value: ref.value, month: ref.month },
    }
  }
  const line = target.comparator === 'inSync' ? ref.value - tolerance : ref.value
  const projection = judgeProjection(
    { value: latest.value, basis: 'ytdRate' },
    line,
    target.comparator === 'above' ? 'above' : 'atLeast',
    ref.value,
  )
  return {
    status: verdictStatus(verdict, decided),
    latest,
    gapPp: latest.value - ref.value,
    reference: { targetId: referenceId, value: ref.value, month: ref.month },
    ...(decided ? {} : { projection }),
  }
}
