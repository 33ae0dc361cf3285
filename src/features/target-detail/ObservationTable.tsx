import type { StoredObservation } from '../../contract/targets'
import { isBaselineMonth } from '../../domain/baseline-series'
import type { TargetDefinition } from '../../domain/target'
import { formatDateTime, formatMonthLabel, formatNumber } from '../../lib/format'
import { SOURCE_LABELS } from '../../lib/target-text'
import { DETAIL_TEXT } from './detail-text'

/** Every figure entered for the target, newest first, with who saved it and when; last year's series marked as such. */
export function ObservationTable({ observations, target }: { observations: StoredObservation[]; target: TargetDefinition }) {
  const unit = target.unit
  if (observations.length === 0) return null
  const c = DETAIL_TEXT.columns
  return (
    <section aria-label={DETAIL_TEXT.figures} className="overflow-x-auto">
      <h2 className="mb-2 font-bold">{DETAIL_TEXT.figures}</h2>
      <table className="w-full min-w-[36rem] text-left text-sm">
        <thead className="border-slate-200 border-b text-slate-500">
          <tr>
            <th className="py-1.5 pr-3 font-medium">{c.month}</th>
            <th className="py-1.5 pr-3 text-right font-medium">
              {c.value}（{unit}）
            </th>
            <th className="py-1.5 pr-3 text-right font-medium">{c.ytdAmount}</th>
            <th className="py-1.5 pr-3 font-medium">{c.note}</th>
            <th className="py-1.5 pr-3 font-medium">{c.by}</th>
            <th className="py-1.5 pr-3 font-medium">{c.at}</th>
            <th className="py-1.5 text-right font-medium">{c.version}</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {[...observations].reverse().map((o) => (
            <tr key={o.month} className="border-slate-100 border-b">
              <td className="py-1.5 pr-3">
                {formatMonthLabel(o.month)}
                {isBaselineMonth(target, o.month) && (
                  <span className="ml-1 rounded bg-slate-100 px-1 text-slate-600 text-xs">{DETAIL_TEXT.baselineRow}</span>
                )}
              </td>
              <td className="py-1.5 pr-3 text-right font-medium">{formatNumber(o.value)}</td>
              <td className="py-1.5 pr-3 text-right">{o.ytdAmount === undefined ? '—' : formatNumber(o.ytdAmount)}</td>
              <td className="py-1.5 pr-3 text-slate-600">{o.note ?? ''}</td>
              <td className="py-1.5 pr-3">
                {o.sample ? (
                  <span className="rounded bg-amber-100 px-1.5 text-amber-900 text-xs">示例数据</span>
                ) : o.published ? (
                  <span title={`“${o.published.quote}”`}>
                    公开数据（{SOURCE_LABELS[o.published.doc]}，{o.published.publishedOn}）
                  </span>
                ) : (
                  o.updatedBy
                )}
              </td>
              <td className="py-1.5 pr-3 text-slate-600">{formatDateTime(o.updatedAt)}</td>
              <td className="py-1.5 text-right text-slate-500">v{o.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
