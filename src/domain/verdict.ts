// Every kind's status rule reduces to one of three verdicts against a line and an amber margin.
// assess.ts turns the verdict into a status, which is where time (final figure, deadline) enters.

import { gt, gte, lte } from './numeric'
import type { Status } from './status'

/** met: green side of the line; near: inside the amber margin; far: beyond it. */
export type Verdict = 'met' | 'near' | 'far'

/** Higher is better: met at or above `line`, near within `amber` below. */
export function atLeastVerdict(actual: number, line: number, amber: number): Verdict {
  if (gte(actual, line)) return 'met'
  return gte(actual, line - amber) ? 'near' : 'far'
}

/** Lower is better: met at or under `line`, near within `amber` over. */
export function atMostVerdict(actual: number, line: number, amber: number): Verdict {
  if (lte(actual, line)) return 'met'
  return lte(actual, line + amber) ? 'near' : 'far'
}

/** 左右: met within ±tolerance, near within ±2× tolerance. */
export function aboutVerdict(actual: number, line: number, tolerance: number): Verdict {
  const distance = Math.abs(actual - line)
  if (lte(distance, tolerance)) return 'met'
  return lte(distance, 2 * tolerance) ? 'near' : 'far'
}

/** 高于: met only strictly above; near when at or within `amber` below. */
export function aboveVerdict(actual: number, line: number, amber: number): Verdict {
  if (gt(actual, line)) return 'met'
  return gte(actual, line - amber) ? 'near' : 'far'
}

/**
 * While the year runs, met/near/far are onTrack/atRisk/behind. Once the figure for the deadline
 * period is in, the target is decided: met is done, anything else is behind (nothing is "at risk"
 * after the fact).
 */
export function verdictStatus(verdict: Verdict, final: boolean): Status {
  if (final) return verdict === 'met' ? 'done' : 'behind'
  return verdict === 'met' ? 'onTrack' : verdict === 'near' ? 'atRisk' : 'behind'
}
