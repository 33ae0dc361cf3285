// A whole plan year as the API serves it: every target with its latest figure, its assessment,
// the period label and its trend. The server and the mock both call this, so they cannot differ.

import { type AssessContext, type Assessment, assess } from './assess'
import { baselineSeries } from './baseline-series'
import { type HistoryPoint, recovered, type Streak, statusHistory, streak } from './history'
import { periodLabel } from './periods'
import type { Observation, TargetDefinition } from './target'

/** An assessment as shown: the figures, the period they cover and the trend behind them. */
export interface AssessmentView extends Omit<Assessment, 'latest'> {
  periodLabel?: string
  streak?: Streak
  recovered: boolean
}

export interface EvaluatedTarget<O extends Observation> {
  target: TargetDefinition
  latest: O | null
  assessment: AssessmentView
}

function groupByTarget<O extends Observation>(observations: readonly O[]): Map<string, O[]> {
  const groups = new Map<string, O[]>()
  for (const o of observations) {
    const list = groups.get(o.targetId)
    if (list) list.push(o)
    else groups.set(o.targetId, [o])
  }
  return groups
}

function evaluateOne<O extends Observation>(
  target: TargetDefinition,
  own: readonly O[],
  context: AssessContext,
  asOf: string,
): { item: EvaluatedTarget<O>; history: HistoryPoint[] } {
  const { latest: assessed, ...figures } = assess(target, own, asOf, context)
  const latest = assessed ? (own.find((o) => o.month === assessed.month && o.value === assessed.value) ?? null) : null
  const history = statusHistory(target, own, asOf, context)
  const run = streak(history, target.frequency)
  const assessment: AssessmentView = {
    ...figures,
    ...(latest ? { periodLabel: periodLabel(target, latest.month) } : {}),
    ...(run ? { streak: run } : {}),
    recovered: recovered(history),
  }
  return { item: { target, latest, assessment }, history }
}

/** The reference target's figures (relative targets) and the target's own baseline series. */
function contextFor<O extends Observation>(target: TargetDefinition, groups: Map<string, O[]>): AssessContext {
  const baseline = baselineSeries(target, groups.get(target.id) ?? [])
  return {
    ...(target.referenceId ? { reference: groups.get(target.referenceId) ?? [] } : {}),
    ...(baseline.size > 0 ? { baseline } : {}),
  }
}

/** Every target of a plan year, in catalog order. */
export function evaluateTargets<O extends Observation>(
  targets: readonly TargetDefinition[],
  observations: readonly O[],
  asOf: string,
): EvaluatedTarget<O>[] {
  const groups = groupByTarget(observations)
  return targets.map((t) => evaluateOne(t, groups.get(t.id) ?? [], contextFor(t, groups), asOf).item)
}

/** One target with all its figures and its month-by-month status. */
export function evaluateTarget<O extends Observation>(
  target: TargetDefinition,
  observations: readonly O[],
  asOf: string,
): { item: EvaluatedTarget<O>; observations: O[]; history: HistoryPoint[] } {
  const groups = groupByTarget(observations.filter((o) => o.targetId === target.id || o.targetId === target.referenceId))
  const own = groups.get(target.id) ?? []
  const { item, history } = evaluateOne(target, own, contextFor(target, groups), asOf)
  return { item, observations: own, history }
}
