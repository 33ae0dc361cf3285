// Status thresholds. The defaults are DESIGN.md §2's; any target may override any of them.

import type { TargetDefinition, Thresholds } from './target'

export const DEFAULT_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  growthAmberPp: 1, // growth/relative "above": amber within 1 pp below
  shareAmber: 0.1, // cumulative/milestone: amber within 10 points below 序时进度
  ceilingAmberRatio: 0.05, // ceiling: amber within 5 % over
  levelAmberRatio: 0.05, // level: amber within 5 % under
  bandRatePp: 0.5, // band (rates) and 基本同步: green within ±0.5 pp
  bandAmountRatio: 0.05, // band (amounts): green within ±5 %
})

/** The defaults with the target's overrides on top; a missing or non-finite override is ignored. */
export function thresholdsFor(target: Pick<TargetDefinition, 'thresholds'>): Thresholds {
  const merged: Thresholds = { ...DEFAULT_THRESHOLDS }
  const overrides = target.thresholds ?? {}
  for (const key of Object.keys(merged) as (keyof Thresholds)[]) {
    const value = overrides[key]
    if (typeof value === 'number' && Number.isFinite(value)) merged[key] = value
  }
  return merged
}

// Rates get a tolerance in percentage points; everything else a fraction of the value.
const RATE_UNITS: ReadonlySet<string> = new Set(['%', '个百分点', 'pp'])

export function isRateUnit(unit: string): boolean {
  return RATE_UNITS.has(unit.trim())
}

/** Band (左右) half-width in the target's unit: its own tolerance, else ±0.5 pp or ±5 % of the value. */
export function bandTolerance(target: Pick<TargetDefinition, 'tolerance' | 'unit' | 'value' | 'thresholds'>): number {
  if (target.tolerance !== undefined) return target.tolerance
  const t = thresholdsFor(target)
  return isRateUnit(target.unit) ? t.bandRatePp : t.bandAmountRatio * Math.abs(target.value)
}

/** 基本同步 half-width in pp: the target's own tolerance, else the rate band (0.5 pp). */
export function syncTolerance(target: Pick<TargetDefinition, 'tolerance' | 'thresholds'>): number {
  return target.tolerance ?? thresholdsFor(target).bandRatePp
}

// Counted things come in whole numbers: a figure, a pace or a projection in 家, 户 or 个 is never 4450.8.
const COUNT_UNITS: ReadonlySet<string> = new Set(['个', '家', '户', '项', '部', '处', '名', '所', '座'])

export function isCountUnit(unit: string): boolean {
  return COUNT_UNITS.has(unit.trim())
}
