// The sentences a card says about a target, built from the server's assessment: presentation
// only; every number here was computed by src/domain.
import type { TargetWithStatus } from '../../contract/targets'
import { isSingleMilestone } from '../../domain/expected-share'
import { periodLabel } from '../../domain/periods'
import type { Figure, TargetDefinition } from '../../domain/target'
import { isCountUnit, isRateUnit } from '../../domain/thresholds'
import { formatNumber, formatPp, formatShare, formatValue } from '../../lib/format'
import { formatGrowth, formatTargetValue } from '../../lib/target-text'
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

const round = (x: number, places = 2) => Math.round(x * 10 ** places) / 10 ** places

/** 还需: "还需0.69万人，月均0.35万人" or "其余6个月需增长5.4%（按各月均匀分布估算）". */
export function paceText({ target, assessment: a }: TargetWithStatus): string | null {
  const pace = a.pace
  if (!pace) return null
  if (pace.kind === 'amount') {
    if (isSingleMilestone(target)) return pace.missed ? '已过完成期限，尚未完成' : null
    const remaining = `还需${formatValue(round(pace.remaining), target.unit)}`
    if (pace.missed || pace.perMonth === undefined) return `${remaining}，已无剩余月份`
    // A seasonal shape puts more of the rest in some months: say what the next one needs.
    if (pace.nextMonth !== undefined && pace.monthsLeft > 1)
      return `${remaining}，按季节规律下月需${formatValue(round(pace.nextMonth), target.unit)}`
    return pace.monthsLeft > 1 ? `${remaining}，月均${formatValue(round(pace.perMonth), target.unit)}` : remaining
  }
  if (pace.missed || pace.neededRate === undefined) return '剩余月份已无法追回'
  const even = pace.shareBasis === 'even' ? '（按上年各月均匀分布估算）' : ''
  return `其余${pace.monthsLeft}个月需${formatGrowth(round(pace.neededRate, 1))}${even}`
}

/** 全年预计: "按目前进度，全年预计3.3万人，可完成目标" / "…预计增长4.6%，低于目标". */
export function projectionText({ target, assessment: a }: TargetWithStatus): string | null {
  const p = a.projection
  if (!p) return null
  const period = target.deadline < `${target.year}-12-31` ? '期末' : '全年'
  const places = isCountUnit(target.unit) ? 0 : 1
  const value = isRateKind(target) ? formatGrowth(round(p.value, 1)) : formatValue(round(p.value, places), target.unit)
  const lead = p.basis === 'latest' ? `按目前水平，${period}预计` : `按目前进度，${period}预计`
  return `${lead}${value}，${p.meets ? '可完成目标' : '完不成目标'}`
}

/** 上年同期: "比上年同期下降2.1微克/立方米（−5.0%）". */
export function lastYearText({ target, assessment: a }: TargetWithStatus): string | null {
  const ly = a.lastYear
  if (!ly) return null
  if (round(ly.change) === 0) return '与上年同期持平'
  const ratio = ly.changeRatio === undefined ? '' : `（${ly.changeRatio > 0 ? '+' : '−'}${formatShare(Math.abs(ly.changeRatio))}）`
  const amount = isRateUnit(target.unit)
    ? `${formatNumber(Math.abs(round(ly.change)))}个百分点`
    : formatValue(Math.abs(round(ly.change)), target.unit)
  return `比上年同期${ly.change > 0 ? '增加' : '减少'}${amount}${isRateUnit(target.unit) ? '' : ratio}`
}

/** What a card must say besides its figures: a missing due figure, a missing final figure, a low control line. */
export function noticeText({ target, assessment: a }: TargetWithStatus): string | null {
  if (a.status === 'unreported') return `已过报送期，尚未报送${finalPeriodName(target)}数据，无法判定是否完成`
  const notices = [
    a.belowControlLine ? '低于调控目标，物价涨幅处于低位' : null,
    a.overdueMonth ? `${periodLabel(target, a.overdueMonth)}数据已到报送期，尚未报送` : null,
  ].filter(Boolean)
  return notices.length > 0 ? notices.join('；') : null
}

/** The badge's word where it depends on the target: 未报一季度数据 for a Q1 milestone. */
export function statusLabel({ target, assessment: a }: TargetWithStatus): string | undefined {
  return a.status === 'unreported' ? `未报${finalPeriodName(target)}数据` : undefined
}

/** "全年", "一季度", "上半年": the period whose figure decides the target. */
export function finalPeriodName(target: TargetDefinition): string {
  const month = Number(target.deadline.slice(5, 7))
  return month === 12 ? '全年' : month === 3 ? '一季度' : month === 6 ? '上半年' : month === 9 ? '前三季度' : `1-${month}月`
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

/**
 * The province's own target: a rate reads beside the city's ("5%以上"); an amount is the whole
 * province's total (全省45万人), so it is labelled as such and never compared with the city's.
 */
export function provinceText(target: TargetDefinition): string | null {
  const p = target.province
  if (!p) return null
  const value = formatTargetValue({ ...p, kind: target.kind })
  return isRateUnit(p.unit) ? value : `${value}（全省总量，不与本市对比）`
}

/** Every sentence about where the target stands, in reading order, for the target page. */
export function summaryLines(item: TargetWithStatus): string[] {
  return [progressText(item), paceText(item), projectionText(item), lastYearText(item), trendText(item), noticeText(item)].filter(
    (line): line is string => line !== null,
  )
}
