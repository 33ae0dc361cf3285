import { ShareBar } from '../../components/progress/ShareBar'
import { StatusBadge } from '../../components/status/StatusBadge'
import {
  latestText,
  noticeText,
  paceText,
  progressText,
  projectionText,
  shortProgressText,
  trendText,
} from '../../components/target/target-figures'
import type { TargetWithStatus } from '../../contract/targets'
import { formatTargetValue } from '../../lib/target-text'
import { WALL_STATUS_EDGE, WALL_STATUS_TEXT } from './wall-style'
import { WALL_TEXT } from './wall-text'

/** Long figures ("完成664个（共797个）") a size down, so they stay on one line. */
const latestSize = (text: string, big: boolean) => (text.length > 9 ? 'text-4xl' : big ? 'text-6xl' : 'text-5xl')

/**
 * One target, read from across the room: name, status in word and icon, the latest figure large
 * in its status colour, the target, and how far from the line. `detail` adds the pace needed and
 * the streak (the 需要关注 page, where "what would it take" is the point). In a narrow card (four
 * across) the badge gets its own line, so the name is not squeezed into two.
 */
export function WallTargetCard({ item, layout, detail = false }: { item: TargetWithStatus; layout: 'narrow' | 'wide'; detail?: boolean }) {
  const { target, assessment } = item
  const status = assessment.status
  const latest = latestText(item)
  const narrow = layout === 'narrow'
  // The full sentence where there is room for it (需要关注); the short form elsewhere.
  const progress = detail ? progressText(item) : shortProgressText(item)
  const pace = detail ? paceText(item) : null
  const trend = detail ? trendText(item) : null
  // Where the year is heading, and the notices, on the 需要关注 page only, so a full card still
  // fits; a withheld verdict is named by its badge (未报全年数据) everywhere.
  const projection = detail ? projectionText(item) : null
  const notice = detail ? noticeText(item) : null
  const headingId = `wall-${target.year}-${target.id}`
  const period = assessment.periodLabel && <span className="text-2xl text-slate-300">{assessment.periodLabel}</span>

  return (
    <article
      aria-labelledby={headingId}
      className={`flex min-h-0 min-w-0 flex-col gap-2 overflow-hidden rounded-2xl border-l-8 bg-slate-900 px-6 py-4 ring-1 ring-slate-700 ${WALL_STATUS_EDGE[status]}`}
    >
      <header className={narrow ? 'flex shrink-0 flex-col items-start gap-2' : 'flex shrink-0 items-start justify-between gap-3'}>
        <h3 id={headingId} className="line-clamp-2 font-bold text-3xl text-white leading-tight">
          {target.name}
        </h3>
        <span className="flex items-baseline gap-3">
          <StatusBadge status={status} size="wall" />
          {narrow && period}
        </span>
      </header>

      <p className="flex min-w-0 shrink-0 flex-wrap items-baseline gap-x-3">
        {latest ? (
          <>
            <span className={`font-bold tabular-nums leading-tight ${WALL_STATUS_TEXT[status]} ${latestSize(latest, narrow && !detail)}`}>
              {latest}
            </span>
            {!narrow && period}
          </>
        ) : (
          <span className="text-3xl text-slate-300">{status === 'notDue' ? WALL_TEXT.notDueYet : WALL_TEXT.noFigureYet}</span>
        )}
      </p>

      <p className="shrink-0 truncate text-2xl text-slate-200">
        {WALL_TEXT.target} <span className="font-bold text-white">{formatTargetValue(target)}</span>
        {target.deadline < `${target.year}-12-31` && <span className="text-slate-300">{WALL_TEXT.deadline(target.deadline)}</span>}
      </p>

      {assessment.completion !== undefined && assessment.expectedShare !== undefined && (
        <div className="shrink-0 py-1">
          <ShareBar completion={assessment.completion} expected={assessment.expectedShare} status={status} label={WALL_TEXT.completed} />
        </div>
      )}
      {/* Rows never squash each other: what does not fit is left off at the bottom, least important last. */}
      {progress && <p className="line-clamp-2 shrink-0 text-2xl text-slate-100">{progress}</p>}
      {pace && <p className="line-clamp-2 shrink-0 font-bold text-2xl text-white">{pace}</p>}
      {projection && <p className="line-clamp-2 shrink-0 text-2xl text-slate-100">{projection}</p>}
      {trend && <p className={`shrink-0 font-bold text-2xl ${WALL_STATUS_TEXT[status]}`}>{trend}</p>}
      {notice && <p className="line-clamp-2 shrink-0 text-2xl text-slate-300">{notice}</p>}
    </article>
  )
}
