// Counts for the overview's "N项正常 · N项预警 · N项滞后" line.

import { STATUSES, type Status } from './status'

export type StatusCounts = Record<Status, number>

/** How many assessments have each status; every status is present, zero when none. */
export function countByStatus(assessments: readonly { status: Status }[]): StatusCounts {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts
  for (const a of assessments) counts[a.status] += 1
  return counts
}
