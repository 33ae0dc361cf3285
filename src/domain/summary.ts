// Counts for the overview's "N项正常 · N项预警 · N项滞后" line, and the 需要关注 ranking.

import type { AssessmentView } from './evaluate-plan'
import { STATUSES, type Status } from './status'
import type { TargetDefinition } from './target'

export type StatusCounts = Record<Status, number>

/** How many assessments have each status; every status is present, zero when none. */
export function countByStatus(assessments: readonly { status: Status }[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts
  for (const a of assessments) counts[a.status] += 1
  return counts
}

const ATTENTION: readonly Status[] = ['behind', 'atRisk']

interface Ranked {
  target: Pick<TargetDefinition, 'name' | 'value'>
  assessment: Pick<AssessmentView, 'status' | 'projection' | 'lagPoints' | 'gapPp' | 'gap' | 'reference'>
}

/**
 * How far short a target will end, as a fraction of its line, so that targets of every kind rank
 * on one scale: the projected shortfall (全年预计) where there is a projection, else how far it
 * stands from its line today (落后序时进度, 低1.1个百分点, 超出7.2). Unknown is 0.
 */
export function shortfall({ target, assessment: a }: Ranked): number {
  if (a.projection) return a.projection.shortfall
  if (a.lagPoints !== undefined) return Math.max(0, -a.lagPoints)
  const scaleOf = (v: number) => (Math.abs(v) > 0 ? Math.abs(v) : 1)
  if (a.gapPp !== undefined) return Math.abs(a.gapPp) / scaleOf(a.reference?.value ?? target.value)
  if (a.gap !== undefined) return Math.abs(a.gap) / scaleOf(target.value)
  return 0
}

/** 需要关注: behind before at risk; within each, the largest shortfall first; then by name. */
export function attentionOrder<T extends Ranked>(items: readonly T[]): T[] {
  return items
    .filter((t) => ATTENTION.includes(t.assessment.status))
    .sort(
      (a, b) =>
        ATTENTION.indexOf(a.assessment.status) - ATTENTION.indexOf(b.assessment.status) ||
        shortfall(b) - shortfall(a) ||
        a.target.name.localeCompare(b.target.name, 'zh-CN'),
    )
}
