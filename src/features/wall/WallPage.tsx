import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { targetsQueryOptions } from '../../api/get-targets'
import { useLiveStatus } from '../../api/live-status'
import { AttentionSlide } from './AttentionSlide'
import { CategorySlide } from './CategorySlide'
import { dataPeriod } from './freshness'
import { ProgressLine } from './ProgressLine'
import { SummarySlide } from './SummarySlide'
import { buildSlides, intervalMs, pinnedPage, type Slide, slideKey } from './slides'
import { useIdleCursor } from './use-idle-cursor'
import { useRotation } from './use-rotation'
import { WallHeader } from './WallHeader'
import { WallStatusBar } from './WallStatusBar'
import { WallWaiting } from './WallWaiting'
import { WALL_ROOT_CSS } from './wall-style'

/** Polling is the wall's own fallback when the live stream is down, also in a background tab. */
const REFETCH_MS = 60_000

function SlideBody({ slide, sample }: { slide: Slide; sample: boolean }) {
  if (slide.kind === 'summary') return <SummarySlide slide={slide} sample={sample} />
  if (slide.kind === 'attention') return <AttentionSlide slide={slide} />
  return <CategorySlide slide={slide} />
}

/**
 * The meeting-room display: full screen, dark, pages rotating by themselves (`?interval=` seconds,
 * `?page=` pins one, 0-based), always saying how fresh the data is. Once data has been shown it
 * stays on screen through network failures; TanStack Query keeps it while retrying.
 */
export function WallPage() {
  const [params] = useSearchParams()
  const year = Number(params.get('year')) || undefined
  const query = useQuery({
    // `?asOf=` shows the board as it stood on a past date (a review meeting), still live to corrections.
    ...targetsQueryOptions(year, params.get('asOf') || undefined),
    refetchInterval: REFETCH_MS,
    refetchIntervalInBackground: true,
    // Nobody is there to press 重试: keep trying, backing off to every 30 s.
    retry: true,
    retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 30_000),
  })
  const live = useLiveStatus()
  const idle = useIdleCursor()
  const data = query.data
  const slides = useMemo(() => (data ? buildSlides(data.targets) : []), [data])
  const period = useMemo(() => (data ? dataPeriod(data.targets) : undefined), [data])
  const interval = intervalMs(params.get('interval'))
  const { index, turn, rotating } = useRotation(slides.length, interval, pinnedPage(params.get('page'), slides.length))
  const slide = slides[index]

  return (
    <div className={`fixed inset-0 flex flex-col overflow-hidden bg-slate-950 font-sans text-white ${idle ? 'cursor-none' : ''}`}>
      <style>{WALL_ROOT_CSS}</style>
      {data && slide ? (
        <>
          <WallHeader year={data.year} slide={slide} page={index + 1} pages={slides.length} />
          <main className="min-h-0 flex-1 px-10 py-6">
            <SlideBody key={slideKey(slide)} slide={slide} sample={data.sample} />
          </main>
          {rotating ? <ProgressLine key={`${turn}-${interval}`} duration={interval} /> : <div className="h-2 shrink-0 bg-slate-800" />}
          <WallStatusBar asOf={data.asOf} period={period} sample={data.sample} updatedAt={query.dataUpdatedAt} live={live} />
        </>
      ) : (
        <WallWaiting attempt={query.failureCount} reason={query.failureReason?.message} />
      )}
    </div>
  )
}
