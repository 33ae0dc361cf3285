// One formatter for every number a user reads: values keep the report's own units (亿元, 万人, %),
// growth gaps are percentage points (个百分点), shares are percentages.

const decimalsFor = (value: number) => {
  const abs = Math.abs(value)
  if (Number.isInteger(value)) return 0
  if (abs >= 100) return 1
  return Math.min(2, (String(value).split('.')[1] ?? '').length)
}

/** 2458.8 → "2,458.8"; trailing zeros are dropped, at most two decimals. */
export function formatNumber(value: number, decimals = decimalsFor(value)): string {
  return value.toLocaleString('zh-CN', { maximumFractionDigits: decimals, minimumFractionDigits: 0 })
}

/** A value in its unit: "3.2万人", "5%", "36微克/立方米". */
export function formatValue(value: number, unit: string): string {
  return `${formatNumber(value)}${unit}`
}

/** A 0..1 share as a percentage: 0.8333 → "83.3%". */
export function formatShare(share: number): string {
  return `${formatNumber(Math.round(share * 1000) / 10, 1)}%`
}

/** A signed gap in percentage points: 0.3 → "高0.3个百分点", −1.2 → "低1.2个百分点". */
export function formatPp(gap: number): string {
  const rounded = Math.round(gap * 100) / 100
  if (rounded === 0) return '持平'
  return `${rounded > 0 ? '高' : '低'}${formatNumber(Math.abs(rounded))}个百分点`
}

/** "2025-10" → "2025年10月". */
export function formatMonthLabel(month: string): string {
  const [year, m] = month.split('-')
  return `${year}年${Number(m)}月`
}

/** An ISO instant as local date and time: "2025-11-03 14:05". */
export function formatDateTime(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "2025-03-31" → "3月31日". */
export function formatDeadline(date: string): string {
  const [, m, d] = date.split('-')
  return `${Number(m)}月${Number(d)}日`
}
