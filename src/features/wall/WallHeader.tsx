import { CATEGORY_LABELS } from '../../lib/target-text'
import { clockText } from './freshness'
import type { Slide } from './slides'
import { useNow } from './use-now'
import { WALL_TEXT } from './wall-text'

/** What the page on show is: "需要关注（2/3）" with its counts, or a category with its size. */
function SlideTitle({ slide }: { slide: Slide }) {
  const [name, note] =
    slide.kind === 'summary'
      ? [WALL_TEXT.summaryTitle, WALL_TEXT.total(slide.total)]
      : slide.kind === 'attention'
        ? [WALL_TEXT.attentionTitle, WALL_TEXT.attentionCounts(slide.behind, slide.atRisk)]
        : [CATEGORY_LABELS[slide.category], WALL_TEXT.categoryCount(slide.total)]
  return (
    <>
      {name}
      {slide.kind !== 'summary' && WALL_TEXT.part(slide.part, slide.parts)}
      <span className="ml-4 font-normal text-3xl text-slate-300">{note}</span>
    </>
  )
}

/** A clock in the corner: the room can see at once that the screen is alive. */
function Clock() {
  const now = useNow(1000)
  return <time className="font-bold text-5xl text-white tabular-nums">{clockText(now)}</time>
}

export function WallHeader({ year, slide, page, pages }: { year: number; slide: Slide; page: number; pages: number }) {
  return (
    <header className="flex items-center gap-6 border-slate-800 border-b px-10 py-4">
      <span aria-hidden className="grid size-14 shrink-0 place-items-center rounded-xl bg-red-700 font-bold text-3xl text-white">
        {WALL_TEXT.brand}
      </span>
      <p className="shrink-0 font-bold text-3xl text-slate-200">{WALL_TEXT.title(year)}</p>
      <h1 className="min-w-0 flex-1 truncate text-center font-bold text-5xl text-white">
        <SlideTitle slide={slide} />
      </h1>
      <p className="shrink-0 rounded-full bg-slate-800 px-5 py-1 font-bold text-3xl text-slate-100 tabular-nums">
        <span className="sr-only">{WALL_TEXT.pageIndicatorLabel(page, pages)}</span>
        <span aria-hidden data-testid="wall-page">
          {WALL_TEXT.pageIndicator(page, pages)}
        </span>
      </p>
      <Clock />
    </header>
  )
}
