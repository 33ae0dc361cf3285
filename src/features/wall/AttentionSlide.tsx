import type { Slide } from './slides'
import { WallTargetCard } from './WallTargetCard'
import { WALL_TEXT } from './wall-text'

type Attention = Extract<Slide, { kind: 'attention' }>

/** The behind and at-risk targets, worst first, with what it would take to catch up. */
export function AttentionSlide({ slide }: { slide: Attention }) {
  if (slide.items.length === 0) {
    return (
      <div className="grid h-full place-items-center">
        <p className="font-bold text-6xl text-slate-100">{WALL_TEXT.attentionEmpty}</p>
      </div>
    )
  }
  return (
    // Laid out for WALL_CAPACITY.attention (8): four across, two down.
    <div className="grid h-full grid-cols-3 grid-rows-2 gap-4">
      {slide.items.map((item) => (
        <WallTargetCard key={item.target.id} item={item} layout="wide" detail />
      ))}
    </div>
  )
}
