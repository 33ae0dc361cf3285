import type { Status } from '../../domain/status'
import { StatusIcon } from './StatusIcon'
import { STATUS_STYLE } from './status-style'
import { STATUS_TEXT } from './status-text'

/** `label` replaces the status word where the card knows better (未报一季度数据 for a Q1 target). */
export function StatusBadge({ status, size = 'sm', label }: { status: Status; size?: 'sm' | 'lg'; label?: string }) {
  const big = size === 'lg'
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1 rounded-full font-bold ring-1 ring-inset ${STATUS_STYLE[status].badge} ${big ? 'px-3 py-1 text-lg' : 'px-2 py-0.5 text-xs'}`}
    >
      <StatusIcon status={status} className={big ? 'size-5' : 'size-3.5'} />
      {label ?? STATUS_TEXT[status]}
    </span>
  )
}
