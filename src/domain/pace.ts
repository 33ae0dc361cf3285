// 还需: what a target not yet met still needs, and at what pace, to be met by its deadline.

import type { BaselineSeries } from './baseline-series'
import { expectedShare, periodMonths, type ShareBasis } from './expected-share'
import { gte } from './numeric'
import { addMonths, monthIndex, monthsPerPeriod, monthsRemaining } from './periods'
import type { Observation, TargetDefinition } from './target'

/** Amount still to do and the pace over the months left. */
export interface AmountPace {
  kind: 'amount'
  remaining: number
  /** From the month after the judged month through the deadline month. */
  monthsLeft: number
  /** remaining ÷ monthsLeft; absent when missed. */
  perMonth?: number
  /**
   * Where 序时进度 is seasonal (a profile or last year's shape): what the next month needs by that
   * shape, remaining × (E(next) − E(now)) ÷ (1 − E(now)), instead of an even share.
   */
  nextMonth?: number
  /** No month left with something still to do. */
  missed: boolean
}

/**
 * Growth the rest of the year needs, the statistics offices' way (rates at comparable prices, so
 * never from nominal amounts): with s the share of last year's total reached by the same period,
 * g_rest = (g_target − s·g_ytd) ÷ (1 − s).
 */
export interface GrowthPace {
  kind: 'growth'
  monthsLeft: number
  /** s: last year's year-to-date amount at the figure's period ÷ last year's total. */
  share: number
  /** lastYear when staff entered last year's amounts; even (m ÷ 12) otherwise, and the card says so. */
  shareBasis: Extract<ShareBasis, 'lastYear' | 'even'>
  /** Percent; absent when missed. */
  neededRate?: number
  missed: boolean
}

export type Pace = AmountPace | GrowthPace

type Deadlined = Pick<TargetDefinition, 'value' | 'deadline' | 'year' | 'frequency' | 'pacing' | 'kind'>

/**
 * Cumulative and milestone targets, from the judged month (the later of the figure's month and
 * the month now due). Undefined once the amount is reached.
 */
export function amountPace(target: Deadlined, latest: Observation, judged: string, series?: BaselineSeries): AmountPace | undefined {
  if (gte(latest.value, target.value)) return undefined
  const remaining = target.value - latest.value
  const monthsLeft = monthsRemaining(target, judged)
  if (monthsLeft === 0) return { kind: 'amount', remaining, monthsLeft, missed: true }
  const pace: AmountPace = { kind: 'amount', remaining, monthsLeft, perMonth: remaining / monthsLeft, missed: false }
  const now = expectedShare(target, judged, series)
  if (now.basis !== 'lastYear' && now.basis !== 'profile') return pace
  // The next reporting period (a quarter for quarterly targets), read on the same shape.
  const next = expectedShare(target, addMonths(judged, monthsPerPeriod(target.frequency)), series)
  if (next.basis !== now.basis || now.share >= 1) return pace
  return { ...pace, nextMonth: Math.max(0, (remaining * (next.share - now.share)) / (1 - now.share)) }
}

/** Share of last year's total reached by `month`: from the baseline series, else the even m ÷ n. */
function lastYearShare(
  target: Pick<TargetDefinition, 'year' | 'deadline'>,
  month: string,
  series?: BaselineSeries,
): { share: number; basis: GrowthPace['shareBasis'] } {
  const n = periodMonths(target)
  const m = Math.min(monthIndex(month, target.year), n)
  const at = series?.get(m)
  const end = series?.get(n)
  if (at !== undefined && end !== undefined && end > 0) return { share: Math.min(1, Math.max(0, at / end)), basis: 'lastYear' }
  return { share: m / n, basis: 'even' }
}

/** Growth targets: the rate the remaining months need. Undefined for a figure of the deadline period. */
export function growthPace(target: Deadlined, latest: Observation, series?: BaselineSeries): GrowthPace | undefined {
  const monthsLeft = monthsRemaining(target, latest.month)
  if (monthsLeft === 0) return undefined
  const { share, basis } = lastYearShare(target, latest.month, series)
  const base = { kind: 'growth', monthsLeft, share, shareBasis: basis } as const
  if (share >= 1) return { ...base, missed: true }
  return { ...base, neededRate: (target.value - share * latest.value) / (1 - share), missed: false }
}
