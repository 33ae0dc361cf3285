import type { ImportSession } from './import-session'
import { COLUMNS } from './parse-sheet'

export type CsvRow = (string | number | undefined)[]

/**
 * Every row an import left out, in the template's columns plus the reason, so staff can correct
 * the file and import it again: unreadable lines as they were typed, refused rows as read. Empty
 * until an import (not a preview) has answered.
 */
export function leftOverRows({ cells, sheet, outcome }: ImportSession, targetName: (id: string) => string): CsvRow[] {
  if (!sheet || !outcome || outcome.dryRun) return []
  const unread = sheet.problems.map((problem) => {
    const row = cells[problem.line - 1] ?? []
    return [
      ...COLUMNS.map((column) => {
        const index = sheet.columns[column]
        const cell = index === undefined ? undefined : row[index]
        return cell instanceof Date ? cell.toISOString().slice(0, 7) : String(cell ?? '')
      }),
      problem.message,
    ]
  })
  const refused = outcome.results
    .filter((r) => r.outcome === 'error')
    .map((r) => {
      const row = sheet.rows.find((x) => x.line === r.line)
      return [targetName(r.targetId), r.month, row?.value, row?.ytdAmount, row?.note, r.message]
    })
  return [...unread, ...refused]
}
