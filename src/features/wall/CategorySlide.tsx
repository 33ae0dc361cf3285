import type { Slide } from './slides'
import { WallTargetCard } from './WallTargetCard'

type CategoryPage = Extract<Slide, { kind: 'category' }>

/** One category's targets as compact cards, in catalog order. */
export function CategorySlide({ slide }: { slide: CategoryPage }) {
  return (
    // Laid out for WALL_CAPACITY.category (9): three across, three down.
    <div className="grid h-full grid-cols-3 grid-rows-3 gap-4">
      {slide.items.map((item) => (
        <WallTargetCard key={item.target.id} item={item} layout="wide" />
      ))}
    </div>
  )
}
