// 还需: what a target not yet met still needs, and at what pace, to be met by its deadline.

import { gte } from './numeric'
import { deadlineMonth, dueMonth, isDeadlinePassed, monthIndex, monthsRemaining } from './periods'
import type { Observation, TargetDefinition } from './target'

/** Amount still to do and the even monthly pace over the months left. */
export interface AmountPace {
  kind: 'amount'
  remaining: number
  /** From the month after the latest figure through the deadline month. */
  monthsLeft: number
  /** remaining ÷ monthsLeft; absent when missed. */
  perMonth?: number
  /** No month left, or the deadline has passed, with something still to do. */
  missed: boolean
}

/** Growth needed over the remaining months, from YTD and last year's monthly amounts. */
export interface GrowthPace {
  kind: 'growth'
  monthsLeft: number
  /** lastYearTotal × (1 + target ÷ 100), over the months from January to the deadline. */
  targetTotal: number
  ytdAmount: number
  /** Last year's amount over the months still to come this year. */
  lastYearRemaining: number
  /** Percent: (targetTotal − ytdAmount) ÷ lastYearRemaining − 1, ×100; absent when missed. */
  neededRate?: number
  missed: boolean
}

export type PaceUnavailableReason =
  | 'noYtdAmount' // the latest figure carries no YTD amount
  | 'noLastYearAmounts' // last year's monthly amounts were not given (or not for every month)

/** A pace that cannot be computed, with the reason to show instead of a number. */
export interface PaceUnavailable {
  kind: 'unavailable'
  reason: PaceUnavailableReason
}

export type Pace = AmountPace | GrowthPace | PaceUnavailable

type Deadlined = Pick<TargetDefinition, 'value' | 'deadline' | 'year' | 'frequency'>

/** Cumulative and milestone targets. Undefined once the amount is reached. */
export function amountPace(target: Deadlined, latest: Observation, asOf: string): AmountPace | undefined {
  const remaining = target.value - latest.value
  if (gte(latest.value, target.value)) return undefined
  // Months left count from the later of the figure's month and the month now due.
  const due = dueMonth(target, asOf)
  const monthsLeft = monthsRemaining(target, due !== undefined && due > latest.month ? due : latest.month)
  const missed = monthsLeft === 0 || isDeadlinePassed(target, asOf)
  return missed
    ? { kind: 'amount', remaining, monthsLeft, missed }
    : { kind: 'amount', remaining, monthsLeft, perMonth: remaining / monthsLeft, missed }
}

/**
 * Growth targets, when the latest figure has its YTD amount and last year's amounts are known per
 * month (index 0 = January, each month's own amount, not YTD). Undefined once the YTD amount alone
 * already reaches the target total.
 */
export function growthPace(
  target: Deadlined & Pick<TargetDefinition, 'year'>,
  latest: Observation,
  asOf: string,
  lastYearMonthly?: readonly number[],
): GrowthPace | PaceUnavailable | undefined {
  if (latest.ytdAmount === undefined) return { kind: 'unavailable', reason: 'noYtdAmount' }
  const n = Math.min(12, monthIndex(deadlineMonth(target), target.year))
  const months = lastYearMonthly?.slice(0, n) ?? []
  if (months.length < n || !months.every(Number.isFinite)) return { kind: 'unavailable', reason: 'noLastYearAmounts' }

  const m = monthIndex(latest.month, target.year)
  const targetTotal = sum(months) * (1 + target.value / 100)
  const lastYearRemaining = sum(months.slice(Math.max(0, m)))
  const ytdAmount = latest.ytdAmount
  if (gte(ytdAmount, targetTotal)) return undefined
  const monthsLeft = monthsRemaining(target, latest.month)
  const base = { kind: 'growth', monthsLeft, targetTotal, ytdAmount, lastYearRemaining } as const
  // With nothing left last year to compare against, no rate can be stated: treat it as missed.
  if (monthsLeft === 0 || lastYearRemaining <= 0 || isDeadlinePassed(target, asOf)) return { ...base, missed: true }
  return { ...base, neededRate: ((targetTotal - ytdAmount) / lastYearRemaining - 1) * 100, missed: false }
}

/** The pace for any kind; undefined where pace does not apply (level, ceiling, band, relative). */
export function paceNeeded(
  target: TargetDefinition,
  latest: Observation,
  asOf: string,
  lastYearMonthly?: readonly number[],
): Pace | undefined {
  switch (target.kind) {
    case 'cumulative':
    case 'milestone':
      return amountPace(target, latest, asOf)
    case 'growth':
      return growthPace(target, latest, asOf, lastYearMonthly)
    default:
      return undefined
  }
}

function sum(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0)
}
