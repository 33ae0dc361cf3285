import { StatusIcon } from '../../components/status/StatusIcon'
import { STATUS_STYLE } from '../../components/status/status-style'
import { STATUS_TEXT, statusesToCount } from '../../components/status/status-text'
import type { Status } from '../../domain/status'
import type { StatusCounts } from '../../domain/summary'
import { OVERVIEW_TEXT } from './overview-text'

interface SummaryStripProps {
  counts: StatusCounts
  selected?: Status
  onSelect: (status: Status | undefined) => void
}

/** How many targets are in each status; a count is also the status filter. */
export function SummaryStrip({ counts, selected, onSelect }: SummaryStripProps) {
  const shown = statusesToCount(counts, selected)
  return (
    <fieldset className={`grid grid-cols-3 gap-2 ${shown.length > 6 ? 'sm:grid-cols-4 xl:grid-cols-8' : 'sm:grid-cols-6'}`}>
      <legend className="sr-only">{OVERVIEW_TEXT.statusFilter}</legend>
      {shown.map((status) => {
        const active = selected === status
        return (
          <button
            key={status}
            type="button"
            aria-pressed={active}
            onClick={() => onSelect(active ? undefined : status)}
            className={`flex flex-col items-start rounded-xl bg-white px-3 py-2 text-left shadow-sm ring-1 transition hover:ring-slate-400 focus-visible:outline-2 focus-visible:outline-slate-900 ${active ? 'ring-2 ring-slate-900' : 'ring-slate-200'}`}
          >
            <span className={`flex items-center gap-1 font-bold text-sm ${STATUS_STYLE[status].text}`}>
              <StatusIcon status={status} />
              {STATUS_TEXT[status]}
            </span>
            <span className="font-bold text-3xl tabular-nums">{counts[status]}</span>
          </button>
        )
      })}
    </fieldset>
  )
}
