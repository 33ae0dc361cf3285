import { Link, useParams, useSearchParams } from 'react-router'
import { useTarget } from '../../api/get-target'
import { QueryState } from '../../components/layout/QueryState'
import { SampleBanner } from '../../components/layout/SampleBanner'
import { StatusBadge } from '../../components/status/StatusBadge'
import { STATUS_STYLE } from '../../components/status/status-style'
import { latestText, statusLabel, summaryLines } from '../../components/target/target-figures'
import { CATEGORY_LABELS, formatTargetValue } from '../../lib/target-text'
import { DETAIL_TEXT } from './detail-text'
import { ObservationTable } from './ObservationTable'
import { ProgressChart } from './ProgressChart'
import { SourceList } from './SourceList'
import { StatusHistory } from './StatusHistory'

export function TargetDetailPage() {
  const { id = '' } = useParams()
  const [params] = useSearchParams()
  const query = useTarget(id, Number(params.get('year')) || undefined, params.get('asOf') || undefined)

  return (
    <QueryState query={query} loading={DETAIL_TEXT.loading} error={DETAIL_TEXT.loadError}>
      {(data) => {
        const { item, observations, history } = data
        const { target, assessment } = item
        const lines = summaryLines(item)
        return (
          <article aria-labelledby="target-title" className="flex flex-col gap-5">
            <Link to="/" className="text-slate-600 text-sm hover:underline">
              ← {DETAIL_TEXT.back}
            </Link>
            {data.sample && <SampleBanner text={DETAIL_TEXT.sampleBanner} />}
            <header className="flex flex-col gap-2 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
              <p className="text-slate-500 text-sm">{CATEGORY_LABELS[target.category]}</p>
              <div className="flex flex-wrap items-center gap-3">
                <h1 id="target-title" className="font-bold text-2xl">
                  {target.name}
                </h1>
                <StatusBadge status={assessment.status} size="lg" label={statusLabel(item)} />
              </div>
              <p className="flex flex-wrap items-baseline gap-x-3">
                <span className={`font-bold text-4xl tabular-nums ${STATUS_STYLE[assessment.status].text}`}>{latestText(item) ?? '—'}</span>
                {assessment.periodLabel && <span className="text-slate-500">{assessment.periodLabel}</span>}
                <span className="text-slate-500 text-sm">{DETAIL_TEXT.asOf(data.asOf)}</span>
              </p>
              <p>
                {DETAIL_TEXT.target} <strong>{formatTargetValue(target)}</strong> · {DETAIL_TEXT.deadline} {target.deadline} ·{' '}
                {DETAIL_TEXT.frequency} {DETAIL_TEXT.frequencies[target.frequency]}
                {target.responsibleUnit && ` · ${DETAIL_TEXT.responsible} ${target.responsibleUnit}`}
              </p>
              {lines.map((line) => (
                <p key={line} className="text-slate-700">
                  {line}
                </p>
              ))}
            </header>
            <div className="grid gap-5 lg:grid-cols-[2fr_1fr]">
              <div className="flex min-w-0 flex-col gap-5 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                <h2 className="font-bold">{DETAIL_TEXT.chart}</h2>
                {observations.length > 0 ? (
                  <ProgressChart target={target} observations={observations} />
                ) : (
                  <p className="text-slate-500">{DETAIL_TEXT.chartEmpty}</p>
                )}
                <StatusHistory history={history} />
                <ObservationTable observations={observations} target={target} />
              </div>
              <div className="min-w-0 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                <SourceList target={target} />
              </div>
            </div>
          </article>
        )
      }}
    </QueryState>
  )
}
