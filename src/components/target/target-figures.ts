// The sentences a card says about a target, built from the server's assessment: presentation
// only; every number here was computed by src/domain.
import type { TargetWithStatus } from '../../contract/targets'
import { isSingleMilestone } from '../../domain/expected-share'
import { periodLabel } from '../../domain/periods'
import type { Figure, TargetDefinition } from '../../domain/target'
import { isRateUnit } from '../../domain/thresholds'
import { formatNumber, formatPp, formatShare, formatValue } from '../../lib/format'
import { formatGrowth } from '../../lib/target-text'
import { STATUS_TEXT } from '../status/status-text'

const isRateKind = (t: TargetDefinition) => t.kind === 'growth' || t.kind === 'relative'

/** The latest figure as read aloud: "增长4.8%", "2.71万人", "完成30项（共44项）". */
export function latestText({ target, latest }: TargetWithStatus): string | null {
  if (!latest) return null
  if (isRateKind(target)) return formatGrowth(latest.value)
  if (target.kind === 'milestone') {
    if (isSingleMilestone(target)) return latest.value >= 1 ? '已完成' : '推进中'
    return `完成${formatNumber(latest.value)}${target.unit}（共${formatNumber(target.value)}${target.unit}）`
  }
  return formatValue(latest.value, target.unit)
}

const points = (share: number) => `${formatNumber(Math.round(Math.abs(share) * 1000) / 10)}个百分点`

/** How far from the line: "完成78.5%，序时进度83.3%，落后4.8个百分点" or "比目标低0.2个百分点". */
export function progressText({ target, latest, assessment: a }: TargetWithStatus): string | null {
  // A done/not-done milestone has no share to speak of: the latest figure already says it.
  if (isSingleMilestone(target)) return null
  if (a.completion !== undefined && a.expectedShare !== undefined) {
    const lag = a.lagPoints ?? a.completion - a.expectedShare
    const versus = Math.round(lag * 1000) === 0 ? '与序时进度持平' : lag > 0 ? `超序时进度${points(lag)}` : `落后序时进度${points(lag)}`
    return `完成${formatShare(a.completion)}，序时进度${formatShare(a.expectedShare)}，${versus}`
  }
  if (a.reference !== undefined && a.gapPp !== undefined) {
    const versus = Math.round(a.gapPp * 100) === 0 ? '与其持平' : formatPp(a.gapPp).replace(/^(高|低)/, '$1于其')
    // When GDP for the same period is not out yet, say which period it is compared with.
    const period = latest && a.reference.month !== latest.month ? `（${periodLabel(target, a.reference.month)}）` : ''
    return `经济增长${formatNumber(a.reference.value)}%${period}，${versus}`
  }
  if (a.gapPp !== undefined) return Math.round(a.gapPp * 100) === 0 ? '与目标持平' : `比目标${formatPp(a.gapPp)}`
  if (a.gap !== undefined) {
    if (Math.round(a.gap * 100) === 0) return '与目标持平'
    // A share or rate (参保率 95%) differs in percentage points, not in percent.
    if (isRateUnit(target.unit)) return `比目标${formatPp(a.gap)}`
    return `比目标${a.gap > 0 ? '高' : '低'}${formatValue(Math.abs(Math.round(a.gap * 100) / 100), target.unit)}`
  }
  if (a.completion !== undefined) return `完成${formatShare(a.completion)}`
  return null
}

/** The same in few characters, for narrow cards: "完成90% · 序时83.3%". */
export function shortProgressText(item: TargetWithStatus): string | null {
  const a = item.assessment
  if (!isSingleMilestone(item.target) && a.completion !== undefined && a.expectedShare !== undefined) {
    return `完成${formatShare(a.completion)} · 序时${formatShare(a.expectedShare)}`
  }
  return progressText(item)
}

/** 还需: "还需0.69万人，月均0.35万人" or "其余月份需增长6.2%". */
export function paceText({ target, assessment: a }: TargetWithStatus): string | null {
  const pace = a.pace
  if (!pace || pace.kind === 'unavailable') return null
  if (pace.kind === 'amount') {
    if (isSingleMilestone(target)) return pace.missed ? '已过完成期限，尚未完成' : null
    const remaining = `还需${formatValue(Math.round(pace.remaining * 100) / 100, target.unit)}`
    if (pace.missed || pace.perMonth === undefined) return `${remaining}，已无剩余月份`
    return pace.monthsLeft > 1 ? `${remaining}，月均${formatValue(Math.round(pace.perMonth * 100) / 100, target.unit)}` : remaining
  }
  if (pace.missed || pace.neededRate === undefined) return '剩余月份已无法追回'
  return `其余${pace.monthsLeft}个月需${formatGrowth(Math.round(pace.neededRate * 10) / 10)}`
}

/** "连续3个月滞后" (two readings at least: one annual figure is not a streak), or "已追回" for a target that was behind and is back on track. */
export function trendText({ assessment: a }: TargetWithStatus): string | null {
  if (a.recovered) return '已追回进度'
  if (a.streak && a.streak.periods >= 2 && (a.streak.status === 'behind' || a.streak.status === 'atRisk')) {
    return `连续${a.streak.months}个月${STATUS_TEXT[a.streak.status]}`
  }
  return null
}

/** "2024年 增长2.3%" or "2024年 695.9亿元". */
export function figureText(target: TargetDefinition, figure: Figure): string {
  const value = figure.unit === '%' && isRateKind(target) ? formatGrowth(figure.value) : formatValue(figure.value, figure.unit)
  return `${figure.year}年${figure.label ? figure.label : ''} ${value}`
}
