import { reportableMonths } from '../../src/domain/periods'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { isCountUnit } from '../../src/domain/thresholds'

// 示例数据: an invented monthly series for every target, so that development and the component
// tests show every status. Deterministic (no randomness) so screenshots and tests are stable.
// Never served by the real server; every observation carries `sample: true`.

/** Scenarios cycle across the catalog: ahead, on the line, slightly behind, well behind, no data, done early. */
const SCENARIOS = [1.08, 1.0, 0.95, 0.8, null, 1.3] as const

const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits

function valueAt(t: TargetDefinition, factor: number, share: number, gdp: number): number {
  const tolerance = t.tolerance ?? 0.5
  switch (t.kind) {
    case 'growth':
      // The YTD rate settles from a noisier start towards the scenario's final rate.
      return round(t.value * factor + (1 - share) * 0.8 * (factor >= 1 ? 1 : -1), 1)
    case 'cumulative':
      // Counted things (家, 户, 个 …) come in whole numbers.
      return round(t.value * share * factor, isCountUnit(t.unit) ? 0 : 2)
    case 'milestone':
      return Math.min(t.value, Math.floor(t.value * Math.min(1, share * factor * 1.05)))
    case 'level':
      return round(t.value * (factor + (1 - factor) * 0.1))
    case 'ceiling':
      return round(t.value * (2 - factor))
    case 'band':
      return round(t.value + tolerance * (factor - 1) * 25)
    case 'relative':
      return round(gdp + (factor - 1) * 12)
  }
}

/** The sample series of a plan year, with figures for the months that have ended by `asOf`. */
export function sampleSeries(targets: readonly TargetDefinition[], asOf: string): Observation[] {
  const lastMonth = asOf.slice(0, 7)
  const gdpRate = 5.1
  const observations: Observation[] = []
  targets.forEach((t, index) => {
    const factor = SCENARIOS[index % SCENARIOS.length]
    if (factor === null || factor === undefined) return
    const deadlineMonth = t.deadline.slice(0, 7)
    for (const month of reportableMonths(t)) {
      if (month >= lastMonth || month > deadlineMonth) break
      const m = Number(month.slice(5))
      const share = m / Number(deadlineMonth.slice(5))
      observations.push({ targetId: t.id, month, value: valueAt(t, factor, share, gdpRate), sample: true })
    }
  })
  return observations
}
