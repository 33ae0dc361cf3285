import type { StoredObservation } from '../../contract/targets'
import { formatDateTime, formatMonthLabel, formatNumber } from '../../lib/format'
import { DETAIL_TEXT } from './detail-text'

/** Every figure entered for the target, newest first, with who saved it and when. */
export function ObservationTable({ observations, unit }: { observations: StoredObservation[]; unit: string }) {
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
              <td className="py-1.5 pr-3">{formatMonthLabel(o.month)}</td>
              <td className="py-1.5 pr-3 text-right font-medium">{formatNumber(o.value)}</td>
              <td className="py-1.5 pr-3 text-right">{o.ytdAmount === undefined ? '—' : formatNumber(o.ytdAmount)}</td>
              <td className="py-1.5 pr-3 text-slate-600">{o.note ?? ''}</td>
              <td className="py-1.5 pr-3">
                {o.sample ? <span className="rounded bg-amber-100 px-1.5 text-amber-900 text-xs">示例数据</span> : o.updatedBy}
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
