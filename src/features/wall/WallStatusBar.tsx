import type { LiveStatus } from '../../api/live-status'
import { clockText, isStale } from './freshness'
import { useNow } from './use-now'
import { WALL_TEXT } from './wall-text'

interface WallStatusBarProps {
  asOf: string
  period?: string
  sample: boolean
  /** When the targets query last succeeded (ms since epoch). */
  updatedAt: number
  live: LiveStatus
}

/** Always on screen: what the data covers, when it last arrived, and whether it is still arriving. */
export function WallStatusBar({ asOf, period, sample, updatedAt, live }: WallStatusBarProps) {
  // Checked every 15 s: the 5-minute warning need not be to the second.
  const now = useNow(15_000)
  const stale = isStale(updatedAt, now)
  return (
    <footer role="status" className="flex items-center gap-5 whitespace-nowrap bg-slate-900 px-10 py-3 text-[1.75rem] text-slate-200">
      {sample && <span className="rounded-lg bg-amber-300 px-4 py-1 font-bold text-slate-950">{WALL_TEXT.sample}</span>}
      <span className="min-w-0 truncate">{WALL_TEXT.asOf(asOf, period)}</span>
      {stale ? (
        // Stale is the one thing the room must not miss: the update time turns into a red warning.
        <span role="alert" className="rounded-lg bg-red-600 px-4 py-1 font-bold text-white tabular-nums">
          {WALL_TEXT.stale(Math.floor((now - updatedAt) / 60_000))} · {WALL_TEXT.updatedAt(clockText(updatedAt, true))}
        </span>
      ) : (
        <span className="tabular-nums">{WALL_TEXT.updatedAt(clockText(updatedAt, true))}</span>
      )}
      {live.connected ? (
        <span className="ml-auto flex items-center gap-3 font-bold text-green-400">
          <span aria-hidden className="size-5 animate-pulse rounded-full bg-green-400" />
          {WALL_TEXT.live}
        </span>
      ) : (
        <span className="ml-auto flex items-center gap-3 font-bold text-amber-300">
          <span aria-hidden className="size-5 rounded-full border-4 border-amber-300" />
          {WALL_TEXT.reconnecting(clockText(updatedAt))}
        </span>
      )}
    </footer>
  )
}
