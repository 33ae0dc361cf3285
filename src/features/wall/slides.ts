// Which pages the wall shows and how it moves between them: pure, so the paging rules can be
// table-tested without a browser or a clock.
import type { TargetWithStatus } from '../../contract/targets'
import { attentionOrder, countByStatus, type StatusCounts } from '../../domain/summary'
import { CATEGORIES, type Category } from '../../domain/target'

export type Slide =
  | { kind: 'summary'; counts: StatusCounts; total: number; headlines: TargetWithStatus[] }
  /** `part` and `parts` are 1-based: "需要关注 2/3". An empty attention slide says that all is well. */
  | { kind: 'attention'; items: TargetWithStatus[]; part: number; parts: number; behind: number; atRisk: number }
  | { kind: 'category'; category: Category; items: TargetWithStatus[]; part: number; parts: number; total: number }

/** Cards per page; the slides' grids are laid out for exactly these numbers. */
export interface Capacity {
  attention: number
  category: number
}

export const WALL_CAPACITY: Capacity = { attention: 6, category: 9 }

export const DEFAULT_INTERVAL_S = 15
const MIN_INTERVAL_S = 1
const MAX_INTERVAL_S = 3600

/**
 * Splits `items` into the fewest pages of at most `capacity`, as evenly as possible: 13 at 12 per
 * page reads better as 7 + 6 than as 12 + a lonely 1.
 */
export function paginate<T>(items: readonly T[], capacity: number): T[][] {
  if (items.length === 0) return []
  const pages = Math.ceil(items.length / Math.max(1, capacity))
  const base = Math.floor(items.length / pages)
  const extra = items.length % pages
  const result: T[][] = []
  let start = 0
  for (let p = 0; p < pages; p++) {
    const size = base + (p < extra ? 1 : 0)
    result.push(items.slice(start, start + size))
    start += size
  }
  return result
}

/** Summary first, then 需要关注 (always, even when empty: "nothing is behind" is news), then each non-empty category. */
export function buildSlides(targets: readonly TargetWithStatus[], capacity: Capacity = WALL_CAPACITY): Slide[] {
  const counts = countByStatus(targets.map((t) => t.assessment))
  const slides: Slide[] = [{ kind: 'summary', counts, total: targets.length, headlines: targets.filter((t) => t.target.headline) }]

  const attention = paginate(attentionOrder(targets), capacity.attention)
  const attentionPages = attention.length > 0 ? attention : [[]]
  for (const [i, items] of attentionPages.entries()) {
    slides.push({ kind: 'attention', items, part: i + 1, parts: attentionPages.length, behind: counts.behind, atRisk: counts.atRisk })
  }

  for (const category of CATEGORIES) {
    const inCategory = targets.filter((t) => t.target.category === category)
    const pages = paginate(inCategory, capacity.category)
    for (const [i, items] of pages.entries()) {
      slides.push({ kind: 'category', category, items, part: i + 1, parts: pages.length, total: inCategory.length })
    }
  }
  return slides
}

/** A stable React key per slide, so a data refresh updates a page in place rather than remounting it. */
export function slideKey(slide: Slide): string {
  return slide.kind === 'summary' ? 'summary' : `${slide.kind === 'category' ? slide.category : 'attention'}-${slide.part}`
}

/** `?interval=` in seconds (decimals allowed), within 1 s … 1 h; anything else is the default. In ms. */
export function intervalMs(raw: string | null): number {
  const seconds = raw === null || raw.trim() === '' ? Number.NaN : Number(raw)
  if (!Number.isFinite(seconds)) return DEFAULT_INTERVAL_S * 1000
  return Math.round(Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, seconds)) * 1000)
}

/** `?page=` (0-based) pins one page; past the end pins the last. Not a whole number ≥ 0: no pin. */
export function pinnedPage(raw: string | null, count: number): number | undefined {
  if (raw === null || !/^\d+$/.test(raw.trim()) || count === 0) return undefined
  return Math.min(Number(raw), count - 1)
}

/** The page shown for a rotation position; the slide list can shrink under it when data changes. */
export function slideAt(position: number, count: number): number {
  return count === 0 ? 0 : position % count
}

/** The page after `position`, wrapping to the summary. */
export function nextSlide(position: number, count: number): number {
  return count === 0 ? 0 : (slideAt(position, count) + 1) % count
}
