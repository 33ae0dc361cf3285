import { StatusIcon } from '../../components/status/StatusIcon'
import { STATUS_STYLE } from '../../components/status/status-style'
import { STATUS_TEXT } from '../../components/status/status-text'
import type { Status } from '../../domain/status'

/** The shared badge's colours and words at wall size (StatusBadge's largest is desk size). */
export function WallStatusBadge({ status, large = false }: { status: Status; large?: boolean }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-bold ring-2 ring-inset ${STATUS_STYLE[status].badge} ${large ? 'px-4 py-1 text-3xl' : 'px-3 py-0.5 text-2xl'}`}
    >
      <StatusIcon status={status} className={large ? 'size-8' : 'size-6'} />
      {STATUS_TEXT[status]}
    </span>
  )
}
