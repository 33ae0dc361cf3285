// How fresh the wall's data is: pure, so the 5-minute rule and the period line are testable.
import type { TargetWithStatus } from '../../contract/targets'

/** Older than this since the last successful fetch, the wall warns that it may be out of date. */
export const STALE_AFTER_MS = 5 * 60_000

export function isStale(updatedAt: number, now: number): boolean {
  return updatedAt > 0 && now - updatedAt > STALE_AFTER_MS
}

/**
 * The period most figures cover ("1-10月"): targets report monthly, quarterly or yearly, so the
 * most common label among the latest month's figures says best what "the data" is.
 */
export function dataPeriod(targets: readonly TargetWithStatus[]): string | undefined {
  const withData = targets.filter((t) => t.latest && t.assessment.periodLabel)
  const latestMonth = withData
    .map((t) => t.latest?.month ?? '')
    .sort()
    .at(-1)
  const counts = new Map<string, number>()
  for (const t of withData) {
    if (t.latest?.month !== latestMonth || !t.assessment.periodLabel) continue
    counts.set(t.assessment.periodLabel, (counts.get(t.assessment.periodLabel) ?? 0) + 1)
  }
  let best: string | undefined
  for (const [label, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = label
  return best
}

const pad = (n: number) => String(n).padStart(2, '0')

/** A wall clock time, "14:05" or "14:05:09"; lib/format has dates, not clock times. */
export function clockText(at: number | Date, seconds = false): string {
  const d = new Date(at)
  const hm = `${pad(d.getHours())}:${pad(d.getMinutes())}`
  return seconds ? `${hm}:${pad(d.getSeconds())}` : hm
}
