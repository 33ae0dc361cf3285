// Whether an entered figure can be accepted for a target: the single rule used by the server,
// the mock and the entry form, so a figure refused in one place is refused in all.

import { isBaselineMonth } from './baseline-series'
import { formatMonth, isMonthAllowed, isMonthString, parseMonth } from './periods'
import type { TargetDefinition } from './target'

const FREQUENCY_MONTHS = { monthly: '每月', quarterly: '3、6、9、12月', annual: '12月' } as const

/** Field → Chinese message naming it; empty when the figure is acceptable. */
export type InputProblems = Partial<Record<'month' | 'value' | 'ytdAmount', string>>

export function checkObservationInput(
  target: Pick<TargetDefinition, 'year' | 'frequency' | 'plausible' | 'unit' | 'kind'>,
  month: string,
  input: { value: number; ytdAmount?: number | undefined },
): InputProblems {
  const problems: InputProblems = {}
  const baseline = isBaselineMonth(target, month)
  if (!isMonthString(month)) problems.month = `月份 (month) 格式应为 YYYY-MM，收到“${month}”`
  else if (!baseline && parseMonth(month).year !== target.year)
    problems.month = `月份 (month) 必须在${target.year}年内（${formatMonth(target.year, 1)} 至 ${formatMonth(target.year, 12)}），或为${target.year - 1}年同期的上年基数`
  else if (!baseline && !isMonthAllowed(target, month))
    problems.month = `该指标按${FREQUENCY_MONTHS[target.frequency]}报送，月份 (month) 不能是 ${month}`
  // Last year's figure of a rate target is its year-to-date amount (亿元), not a rate.
  const amountOfRate = baseline && (target.kind === 'growth' || target.kind === 'relative')
  if (!Number.isFinite(input.value)) problems.value = '数值 (value) 必须是有限的数字'
  else if (amountOfRate && input.value < 0) problems.value = '上年同期累计总量 (value) 不能小于0'
  else if (!amountOfRate && target.plausible && (input.value < target.plausible.min || input.value > target.plausible.max)) {
    problems.value = `数值 (value) ${input.value} 超出合理范围 ${target.plausible.min}～${target.plausible.max}${target.unit}，请核对单位和小数点`
  }
  if (input.ytdAmount !== undefined && (!Number.isFinite(input.ytdAmount) || input.ytdAmount < 0)) {
    problems.ytdAmount = '累计总量 (ytdAmount) 必须是不小于0的数字'
  }
  return problems
}
