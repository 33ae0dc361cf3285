import type { Status } from '../../domain/status'
import { StatusIcon } from './StatusIcon'
import { STATUS_STYLE } from './status-style'
import { STATUS_TEXT } from './status-text'

export function StatusBadge({ status, size = 'sm' }: { status: Status; size?: 'sm' | 'lg' }) {
  const big = size === 'lg'
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full font-bold ring-1 ring-inset ${STATUS_STYLE[status].badge} ${big ? 'px-3 py-1 text-lg' : 'px-2 py-0.5 text-xs'}`}
    >
      <StatusIcon status={status} className={big ? 'size-5' : 'size-3.5'} />
      {STATUS_TEXT[status]}
    </span>
  )
}
