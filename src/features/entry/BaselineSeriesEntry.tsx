import type { StoredObservation } from '../../contract/targets'
import { reportableMonths } from '../../domain/periods'
import type { TargetDefinition } from '../../domain/target'
import { ENTRY_TEXT } from './entry-text'
import { MonthRow } from './MonthRow'

/**
 * Last year's figures for the same periods, entered as the target's baseline series (months of the
 * year before the plan year). Folded away until wanted: most staff never need it, but where it is
 * entered the verdicts follow the target's real seasonal shape instead of an even one.
 */
export function BaselineSeriesEntry({ target, saved }: { target: TargetDefinition; saved: ReadonlyMap<string, StoredObservation> }) {
  const lastYear = target.year - 1
  const months = reportableMonths({ year: lastYear, frequency: target.frequency })
  const rate = target.kind === 'growth' || target.kind === 'relative'
  return (
    <details className="rounded-lg bg-slate-50 px-3 py-2 ring-1 ring-slate-200" open={months.some((m) => saved.has(m))}>
      <summary className="cursor-pointer font-medium">{ENTRY_TEXT.baselineTitle(lastYear)}</summary>
      <p className="mt-1 text-slate-600 text-sm">
        {ENTRY_TEXT.baselineWhy}
        {rate ? ENTRY_TEXT.baselineRate : ENTRY_TEXT.baselineSame}
      </p>
      <ul aria-label={ENTRY_TEXT.baselineTitle(lastYear)}>
        {months.map((month) => (
          <MonthRow key={month} target={target} month={month} saved={saved.get(month)} />
        ))}
      </ul>
    </details>
  )
}
