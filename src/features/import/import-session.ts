import type { ImportResponse } from '../../contract/import'
import type { ImportRow } from '../../domain/import-plan'
import type { Cell, ParsedSheet } from './parse-sheet'

/** One import as the screen holds it: the sheet read, and the server's latest answer about it. */
export interface ImportSession {
  /** The cells as read, so unreadable lines can be given back as they were typed. */
  cells: Cell[][]
  sheet: ParsedSheet | null
  /** The answer to the preview (dryRun) or, after confirmation, to the import. */
  outcome: ImportResponse | null
  /** Why the chosen file could not be read at all. */
  readError: string | null
}

export type ImportSessionAction =
  | { type: 'read'; cells: Cell[][]; sheet: ParsedSheet }
  | { type: 'readFailed'; message: string }
  /** `sheet` is the one the request was made for: an answer about an earlier sheet is dropped. */
  | { type: 'answered'; sheet: ParsedSheet; outcome: ImportResponse }

export const EMPTY_SESSION: ImportSession = { cells: [], sheet: null, outcome: null, readError: null }

export function importSession(session: ImportSession, action: ImportSessionAction): ImportSession {
  switch (action.type) {
    case 'read':
      return { cells: action.cells, sheet: action.sheet, outcome: null, readError: null }
    case 'readFailed':
      return { ...session, readError: action.message }
    case 'answered':
      return action.sheet === session.sheet ? { ...session, outcome: action.outcome } : session
  }
}

/** Rows the preview said can be written (created or updated). */
export const writableCount = ({ outcome }: ImportSession) =>
  outcome?.dryRun ? (outcome.counts.create ?? 0) + (outcome.counts.update ?? 0) : 0

/**
 * The rows to import after a preview, each carrying the version the preview saw (null: none), so
 * a figure changed since is refused rather than overwritten unseen.
 */
export function rowsToCommit({ sheet, outcome }: ImportSession): ImportRow[] {
  const seen = new Map((outcome?.results ?? []).filter((r) => r.outcome !== 'error').map((r) => [r.line, r.previous?.version ?? null]))
  return (sheet?.rows ?? []).map((r) => (seen.has(r.line) ? { ...r, expectedVersion: seen.get(r.line) } : r))
}
