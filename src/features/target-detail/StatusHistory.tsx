import { StatusIcon } from '../../components/status/StatusIcon'
import { STATUS_STYLE } from '../../components/status/status-style'
import { STATUS_TEXT } from '../../components/status/status-text'
import type { Status } from '../../domain/status'
import { DETAIL_TEXT } from './detail-text'

/** The status at each month's end: a target that fell behind and caught up shows it here. */
export function StatusHistory({ history }: { history: { month: string; status: Status }[] }) {
  if (history.length === 0) return null
  return (
    <section aria-label={DETAIL_TEXT.history}>
      <h2 className="mb-2 font-bold">{DETAIL_TEXT.history}</h2>
      <ol className="flex flex-wrap gap-1.5">
        {history.map((h) => (
          <li
            key={h.month}
            className={`flex items-center gap-1 rounded-md px-2 py-1 text-xs ring-1 ring-inset ${STATUS_STYLE[h.status].badge}`}
          >
            <span className="font-medium">{Number(h.month.slice(5))}月</span>
            <StatusIcon status={h.status} className="size-3.5" />
            {STATUS_TEXT[h.status]}
          </li>
        ))}
      </ol>
    </section>
  )
}
