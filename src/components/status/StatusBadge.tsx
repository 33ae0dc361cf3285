import type { Status } from '../../domain/status'
import { StatusIcon } from './StatusIcon'
import { STATUS_STYLE } from './status-style'
import { STATUS_TEXT } from './status-text'

const SIZES = {
  /** Cards and lists. */
  sm: { badge: 'gap-1 px-2 py-0.5 text-xs ring-1', icon: 'size-3.5' },
  /** A page's heading. */
  lg: { badge: 'gap-1 px-3 py-1 text-lg ring-1', icon: 'size-5' },
  /** The meeting-room wall, read from across the room. */
  wall: { badge: 'gap-1.5 px-3 py-0.5 text-2xl ring-2', icon: 'size-6' },
} as const

/**
 * A status in word, icon and colour: colour is never the only signal. `label` replaces the status
 * word where the card knows better (未报一季度数据 for a Q1 target).
 */
export function StatusBadge({ status, size = 'sm', label }: { status: Status; size?: keyof typeof SIZES; label?: string }) {
  const { badge, icon } = SIZES[size]
  return (
    <span className={`inline-flex shrink-0 items-center rounded-full font-bold ring-inset ${STATUS_STYLE[status].badge} ${badge}`}>
      <StatusIcon status={status} className={icon} />
      {label ?? STATUS_TEXT[status]}
    </span>
  )
}
