import { StatusIcon } from '../../components/status/StatusIcon'
import { STATUS_TEXT, statusesToCount } from '../../components/status/status-text'
import type { Slide } from './slides'
import { WallTargetCard } from './WallTargetCard'
import { WALL_STATUS_EDGE, WALL_STATUS_TEXT } from './wall-style'
import { WALL_TEXT } from './wall-text'

type Summary = Extract<Slide, { kind: 'summary' }>

/** The year at a glance: how many targets stand where (number, word and icon), then the eight headline targets. */
export function SummarySlide({ slide, sample }: { slide: Summary; sample: boolean }) {
  const shown = statusesToCount(slide.counts)
  const many = shown.length > 6
  return (
    <div className="flex h-full flex-col gap-6">
      <ul aria-label={WALL_TEXT.countsLabel} className={`grid gap-4 ${many ? 'grid-cols-8' : 'grid-cols-6'}`}>
        {shown.map((status) => (
          <li
            key={status}
            aria-label={`${STATUS_TEXT[status]} ${slide.counts[status]}${WALL_TEXT.countUnit}`}
            className={`flex min-w-0 flex-col gap-2 rounded-2xl border-t-8 bg-slate-900 py-3 ring-1 ring-slate-700 ${many ? 'px-4' : 'px-6'} ${WALL_STATUS_EDGE[status]}`}
          >
            <span className={`flex items-center gap-2 font-bold ${many ? 'text-2xl' : 'text-4xl'} ${WALL_STATUS_TEXT[status]}`}>
              <StatusIcon status={status} className={many ? 'size-7' : 'size-10'} />
              {STATUS_TEXT[status]}
            </span>
            <span className="font-bold text-8xl text-white tabular-nums leading-none">
              {slide.counts[status]}
              <span className="ml-2 font-normal text-3xl text-slate-300">{WALL_TEXT.countUnit}</span>
            </span>
          </li>
        ))}
      </ul>

      <section aria-label={WALL_TEXT.headlines} className="flex min-h-0 flex-1 flex-col gap-3">
        <div className="flex items-center justify-between gap-6">
          <h2 className="font-bold text-3xl text-slate-200">{WALL_TEXT.headlines}</h2>
          {sample && (
            <p role="note" className="rounded-xl bg-amber-300 px-5 py-1 font-bold text-3xl text-slate-950">
              {WALL_TEXT.sampleExplained}
            </p>
          )}
        </div>
        <div className="grid min-h-0 flex-1 grid-cols-4 grid-rows-2 gap-4">
          {slide.headlines.map((item) => (
            <WallTargetCard key={item.target.id} item={item} layout="narrow" />
          ))}
        </div>
      </section>
    </div>
  )
}
