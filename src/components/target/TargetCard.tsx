import { Link } from 'react-router'
import type { TargetWithStatus } from '../../contract/targets'
import { formatDeadline } from '../../lib/format'
import { formatTargetValue, SOURCE_LABELS } from '../../lib/target-text'
import { ShareBar } from '../progress/ShareBar'
import { StatusBadge } from '../status/StatusBadge'
import { STATUS_STYLE } from '../status/status-style'
import {
  figureText,
  lastYearText,
  latestText,
  noticeText,
  paceText,
  progressText,
  projectionText,
  statusLabel,
  trendText,
} from './target-figures'

/** One target at a glance: an `article` named by its heading, status in word and icon. */
export function TargetCard({ item }: { item: TargetWithStatus }) {
  const { target, latest, assessment } = item
  const headingId = `target-${target.year}-${target.id}`
  const latestLine = latestText(item)
  const progress = progressText(item)
  const pace = paceText(item)
  const trend = trendText(item)
  const projection = projectionText(item)
  const notice = noticeText(item)
  const lastYear = lastYearText(item)
  const source = target.sources[0]

  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-2.5 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <header className="flex items-start justify-between gap-2">
        <h3 id={headingId} className="font-bold text-base leading-snug">
          <Link to={`/targets/${target.id}?year=${target.year}`} className="hover:underline focus-visible:underline">
            {target.name}
          </Link>
        </h3>
        <StatusBadge status={assessment.status} label={statusLabel(item)} />
      </header>

      <div className="flex flex-wrap items-baseline gap-x-2">
        {latestLine ? (
          <>
            <span className={`font-bold text-2xl tabular-nums ${STATUS_STYLE[assessment.status].text}`}>{latestLine}</span>
            {assessment.periodLabel && <span className="text-slate-500 text-sm">{assessment.periodLabel}</span>}
            {latest?.sample && <span className="rounded bg-amber-100 px-1.5 text-amber-900 text-xs">示例数据</span>}
            {latest?.published && (
              <span
                className="rounded bg-emerald-50 px-1.5 text-emerald-900 text-xs ring-1 ring-emerald-700/20"
                title={`“${latest.published.quote}”`}
              >
                公开数据 · {SOURCE_LABELS[latest.published.doc]}（{latest.published.publishedOn}）
              </span>
            )}
          </>
        ) : (
          <span className="text-lg text-slate-500">{assessment.status === 'notDue' ? '尚未到首个报告期' : '尚无本年度数据'}</span>
        )}
      </div>

      <p className="text-slate-700 text-sm">
        目标 <span className="font-bold">{formatTargetValue(target)}</span>
        {target.deadline < `${target.year}-12-31` && <span className="text-slate-500">（{formatDeadline(target.deadline)}前）</span>}
      </p>

      {assessment.completion !== undefined && assessment.expectedShare !== undefined && (
        <ShareBar completion={assessment.completion} expected={assessment.expectedShare} status={assessment.status} label="完成" />
      )}
      {progress && <p className="text-slate-700 text-sm">{progress}</p>}
      {pace && <p className="font-medium text-slate-800 text-sm">{pace}</p>}
      {projection && (
        <p className={`text-sm ${assessment.projection?.meets ? 'text-slate-700' : 'font-medium text-red-700'}`}>{projection}</p>
      )}
      {notice && <p className="rounded bg-slate-100 px-2 py-1 text-slate-800 text-sm">{notice}</p>}
      {trend && <p className={`font-medium text-sm ${STATUS_STYLE[assessment.status].text}`}>{trend}</p>}

      <dl className="mt-auto grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 border-slate-100 border-t pt-2 text-slate-600 text-xs">
        {lastYear && (
          <>
            <dt>同比</dt>
            <dd>{lastYear}</dd>
          </>
        )}
        {target.baseline && (
          <>
            <dt>上年</dt>
            <dd>{figureText(target, target.baseline)}</dd>
          </>
        )}
        {target.province && (
          <>
            <dt>全省目标</dt>
            <dd>{formatTargetValue({ ...target.province, kind: target.kind })}</dd>
          </>
        )}
      </dl>
      {source && (
        <figure className="text-slate-500 text-xs">
          <blockquote className="line-clamp-2" title={source.quote}>
            “{source.quote}”
          </blockquote>
          <figcaption className="mt-0.5">——{SOURCE_LABELS[source.doc]}</figcaption>
        </figure>
      )}
    </article>
  )
}
