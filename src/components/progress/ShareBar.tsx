import type { Status } from '../../domain/status'
import { formatShare } from '../../lib/format'
import { STATUS_STYLE } from '../status/status-style'

interface ShareBarProps {
  /** Completion, 0..1 (more than 1 is drawn full). */
  completion: number
  /** 序时进度: where the bar should be by now, drawn as a marker. */
  expected?: number
  status: Status
  label: string
}

/** A completion bar with the 序时进度 marker; the figures are also in the accessible name. */
export function ShareBar({ completion, expected, status, label }: ShareBarProps) {
  const width = Math.max(0, Math.min(1, completion)) * 100
  const described =
    expected === undefined ? `${label}${formatShare(completion)}` : `${label}${formatShare(completion)}，序时进度${formatShare(expected)}`
  return (
    <div role="img" aria-label={described} className="relative h-2.5 rounded-full bg-slate-200">
      <div className={`h-full rounded-full ${STATUS_STYLE[status].bar}`} style={{ width: `${width}%` }} />
      {expected !== undefined && (
        <div
          className="absolute -top-1 -bottom-1 w-0.5 bg-slate-900"
          style={{ left: `calc(${Math.min(1, expected) * 100}% - 1px)` }}
          aria-hidden
        />
      )}
    </div>
  )
}
