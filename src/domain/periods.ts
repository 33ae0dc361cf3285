// Months ("YYYY-MM") and dates ("YYYY-MM-DD") are the only time values in the domain: they sort as
// strings, survive JSON unchanged and carry no time zone. The as-of date is always an argument.
//
// As-of convention: a month's figure covers the period ending with that month, so month M is
// *elapsed* as of date D when the last day of M is on or before D. As of 2025-11-23 the last elapsed
// month is 2025-10; as of 2025-11-30 it is 2025-11.

import type { Frequency, TargetDefinition, TargetKind } from './target'

export interface YearMonth {
  year: number
  month: number
}

export interface YearMonthDay extends YearMonth {
  day: number
}

const MONTH_RE = /^(\d{4})-(\d{2})$/
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isMonthString(value: string): boolean {
  const m = MONTH_RE.exec(value)
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

export function parseMonth(value: string): YearMonth {
  const m = MONTH_RE.exec(value)
  const month = m ? Number(m[2]) : 0
  if (!m || month < 1 || month > 12) throw new RangeError(`月份格式应为 YYYY-MM：${value}`)
  return { year: Number(m[1]), month }
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

export function parseDate(value: string): YearMonthDay {
  const m = DATE_RE.exec(value)
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day }
  }
  throw new RangeError(`日期格式应为 YYYY-MM-DD：${value}`)
}

/**
 * The calendar date in China (UTC+8, no daylight saving) at an instant. The app turns "now" into
 * an as-of date with this; the domain itself never reads the clock.
 */
export function isoDateInChina(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10)
}

export function addMonths(month: string, n: number): string {
  const { year, month: m } = parseMonth(month)
  const total = year * 12 + (m - 1) + n
  return formatMonth(Math.floor(total / 12), (total % 12) + 1)
}

/** Whole months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const a = parseMonth(from)
  const b = parseMonth(to)
  return (b.year - a.year) * 12 + (b.month - a.month)
}

/** 1..12 for a month of the plan year; ≤ 0 before it, > 12 after it. */
export function monthIndex(month: string, planYear: number): number {
  const { year, month: m } = parseMonth(month)
  return (year - planYear) * 12 + m
}

/** Last day of the month, as an ISO date. */
export function monthEnd(month: string): string {
  const { year, month: m } = parseMonth(month)
  return `${formatMonth(year, m)}-${String(daysInMonth(year, m)).padStart(2, '0')}`
}

/** The latest month whose figure could exist as of `asOf` (see the convention above). */
export function lastElapsedMonth(asOf: string): string {
  const { year, month, day } = parseDate(asOf)
  const current = formatMonth(year, month)
  return day === daysInMonth(year, month) ? current : addMonths(current, -1)
}

export function isMonthElapsed(month: string, asOf: string): boolean {
  return month <= lastElapsedMonth(asOf)
}

const ALLOWED_MONTHS: Record<Frequency, readonly number[]> = {
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarterly: [3, 6, 9, 12],
  annual: [12],
}

/** Months (1..12) in which a target of this frequency reports. */
export function allowedMonths(frequency: Frequency): readonly number[] {
  return ALLOWED_MONTHS[frequency]
}

/** Months per reporting period: 1, 3 or 12. */
export function monthsPerPeriod(frequency: Frequency): number {
  return frequency === 'monthly' ? 1 : frequency === 'quarterly' ? 3 : 12
}

type Schedule = Pick<TargetDefinition, 'year' | 'frequency'>

/**
 * Whether a figure may be entered for this month: the plan year and a month of the frequency.
 * Months after an early deadline stay allowed, so a milestone finished late can still be recorded.
 */
export function isMonthAllowed(target: Schedule, month: string): boolean {
  if (!isMonthString(month)) return false
  const { year, month: m } = parseMonth(month)
  return year === target.year && ALLOWED_MONTHS[target.frequency].includes(m)
}

/** The plan year's reportable months, in order. */
export function reportableMonths(target: Schedule): string[] {
  return ALLOWED_MONTHS[target.frequency].map((m) => formatMonth(target.year, m))
}

export function firstReportableMonth(target: Schedule): string {
  return formatMonth(target.year, ALLOWED_MONTHS[target.frequency][0] ?? 12)
}

// Reporting lag: a period's figure is due on a day of the month after the period ends, by
// default the 15th for monthly figures and the 20th for quarterly and annual ones. Until then no
// target is judged against that period: as of 10 January December's figure cannot be late.
const DEFAULT_DUE_DAY: Record<Frequency, number> = { monthly: 15, quarterly: 20, annual: 20 }

type Reported = Schedule & Pick<TargetDefinition, 'dueDay'>

/** The date (ISO) by which the figure for `month` is due: `dueDay` of the following month. */
export function dueDate(target: Reported, month: string): string {
  const next = parseMonth(addMonths(month, 1))
  const day = Math.min(target.dueDay ?? DEFAULT_DUE_DAY[target.frequency], daysInMonth(next.year, next.month))
  return `${formatMonth(next.year, next.month)}-${String(day).padStart(2, '0')}`
}

/** Whether the figure for `month` is due by `asOf` (its due day itself counts). */
export function isFigureDue(target: Reported, month: string, asOf: string): boolean {
  parseDate(asOf)
  return dueDate(target, month) <= asOf
}

/** Whether the first reportable month's figure is due by `asOf`; before that a missing figure is expected. */
export function isFirstReportDue(target: Reported, asOf: string): boolean {
  return isFigureDue(target, firstReportableMonth(target), asOf)
}

/** The latest reportable month whose figure is due by `asOf` (undefined before the first is due). */
export function dueMonth(target: Reported, asOf: string): string | undefined {
  return reportableMonths(target)
    .filter((m) => isFigureDue(target, m, asOf))
    .at(-1)
}

/**
 * Whether the figure that decides the target (its deadline month's) is due by `asOf`. From then on
 * every kind is decided the same way: by that figure, or, while it is missing, as unreported.
 */
export function isFinalFigureDue(target: Reported & Pick<TargetDefinition, 'deadline'>, asOf: string): boolean {
  return isFigureDue(target, deadlineMonth(target), asOf)
}

/** The month containing the deadline: its figure is the one that decides the target. */
export function deadlineMonth(target: Pick<TargetDefinition, 'deadline'>): string {
  const { year, month } = parseDate(target.deadline)
  return formatMonth(year, month)
}

/** Months after `month` up to and including the deadline month (never negative). */
export function monthsRemaining(target: Pick<TargetDefinition, 'deadline'>, month: string): number {
  return Math.max(0, monthsBetween(month, deadlineMonth(target)))
}

// Kinds whose figure runs from January (YTD growth, amounts done so far) get "1-10月" labels;
// the others report a reading at one month.
const YEAR_TO_DATE_KINDS: ReadonlySet<TargetKind> = new Set(['growth', 'cumulative', 'relative', 'milestone'])

const QUARTER_TO_DATE: Readonly<Record<number, string>> = { 3: '一季度', 6: '上半年', 9: '前三季度', 12: '全年' }

/**
 * Display label of the period a figure covers: "1-10月", "一季度", "上半年", "前三季度", "全年"
 * for year-to-date kinds; "10月" for level, ceiling and band. `withYear` prefixes "2025年".
 */
export function periodLabel(
  target: Pick<TargetDefinition, 'kind' | 'frequency' | 'reading'>,
  month: string,
  options: { withYear?: boolean } = {},
): string {
  const { year, month: m } = parseMonth(month)
  const body = periodBody(target, m)
  return options.withYear ? `${year}年${body}` : body
}

function periodBody(target: Pick<TargetDefinition, 'kind' | 'frequency' | 'reading'>, m: number): string {
  // An annual figure is the year's figure whatever the kind (粮食总产量, PM2.5 年均浓度).
  if (target.frequency === 'annual' && m === 12) return '全年'
  if (!YEAR_TO_DATE_KINDS.has(target.kind) && (target.reading ?? 'month') === 'month') return `${m}月`
  const quarter = QUARTER_TO_DATE[m]
  if (target.frequency === 'quarterly' && quarter) return quarter
  if (m === 12) return '全年'
  return m === 1 ? '1月' : `1-${m}月`
}

/** Whether the plan year has ended by `asOf`: from then on the board reports the year's outcome. */
export function isPlanYearOver(year: number, asOf: string): boolean {
  parseDate(asOf)
  return asOf > `${year}-12-31`
}

/** The last days of the plan year's months that have ended by `today`: the dates one may look back to. */
export function pastMonthEnds(year: number, today: string): string[] {
  const last = lastElapsedMonth(today)
  return Array.from({ length: 12 }, (_, i) => formatMonth(year, i + 1))
    .filter((m) => m <= last)
    .map(monthEnd)
}
