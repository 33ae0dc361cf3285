import { useEffect, useState } from 'react'
import { nextSlide, slideAt } from './slides'

/**
 * The page on show: advances every `interval` ms and wraps, unless `pinned` holds one page.
 * `turn` counts advances so the progress line can restart even when the page number repeats.
 */
export function useRotation(count: number, interval: number, pinned: number | undefined) {
  const [position, setPosition] = useState({ index: 0, turn: 0 })
  const rotating = pinned === undefined && count > 1

  useEffect(() => {
    if (!rotating) return
    // One timeout per page rather than an interval: a changed slide count or interval restarts the
    // page's time cleanly instead of cutting it short.
    const timer = setTimeout(() => setPosition({ index: nextSlide(position.index, count), turn: position.turn + 1 }), interval)
    return () => clearTimeout(timer)
  }, [rotating, count, interval, position])

  return { index: pinned ?? slideAt(position.index, count), turn: position.turn, rotating }
}
