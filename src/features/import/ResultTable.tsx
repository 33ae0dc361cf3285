import type { ImportResponse } from '../../contract/import'
import { isMonthString } from '../../domain/periods'
import type { TargetDefinition } from '../../domain/target'
import { formatMonthLabel, formatNumber } from '../../lib/format'
import { IMPORT_TEXT } from './import-text'

const OUTCOME_STYLE = {
  create: 'bg-blue-50 text-blue-800',
  update: 'bg-amber-50 text-amber-900',
  unchanged: 'bg-slate-100 text-slate-600',
  error: 'bg-red-50 text-red-800',
} as const

interface ResultTableProps {
  results: ImportResponse['results']
  values: Map<number, number>
  targets: Map<string, TargetDefinition>
}

/** Each row's outcome: what it creates, what it replaces (old → new), or why it cannot be imported. */
export function ResultTable({ results, values, targets }: ResultTableProps) {
  const c = IMPORT_TEXT.columns
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[40rem] text-left text-sm">
        <thead className="border-slate-200 border-b text-slate-500">
          <tr>
            <th className="py-1.5 pr-3 font-medium">{c.line}</th>
            <th className="py-1.5 pr-3 font-medium">{c.target}</th>
            <th className="py-1.5 pr-3 font-medium">{c.month}</th>
            <th className="py-1.5 pr-3 text-right font-medium">{c.value}</th>
            <th className="py-1.5 font-medium">{c.outcome}</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {results.map((r) => {
            const value = values.get(r.line)
            return (
              <tr key={r.line} className="border-slate-100 border-b align-top">
                <td className="py-1.5 pr-3 text-slate-500">{r.line}</td>
                <td className="py-1.5 pr-3">{targets.get(r.targetId)?.name ?? r.targetId}</td>
                <td className="py-1.5 pr-3">{isMonthString(r.month) ? formatMonthLabel(r.month) : r.month}</td>
                <td className="py-1.5 pr-3 text-right">
                  {r.outcome === 'update' && r.previous ? `${formatNumber(r.previous.value)} → ` : ''}
                  {value === undefined ? '' : formatNumber(value)}
                </td>
                <td className="py-1.5">
                  <span className={`rounded px-1.5 py-0.5 text-xs ${OUTCOME_STYLE[r.outcome]}`}>{IMPORT_TEXT.outcomes[r.outcome]}</span>
                  {r.message && <span className="ml-2 text-red-800">{r.message}</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
