import { countOutcomes, type PlannedRow } from '../domain/import-plan'
import type { ImportResponse } from './import'
import type { StoredObservation } from './targets'

/** The import plan as the API answers it; the server and the mock both build their answer here. */
export function toImportResponse(planned: readonly PlannedRow<StoredObservation>[], dryRun: boolean): ImportResponse {
  return {
    dryRun,
    results: planned.map((p) => ({
      line: p.row.line,
      targetId: p.row.targetId,
      month: p.row.month,
      outcome: p.outcome,
      previous: p.previous,
      ...(p.message ? { message: p.message } : {}),
      ...(p.fields ? { fields: p.fields } : {}),
    })),
    counts: countOutcomes(planned),
  }
}
