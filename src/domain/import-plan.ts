// What importing a spreadsheet of figures would do, row by row: create, update, leave unchanged,
// or refuse with a reason. Pure, so the server and the mock decide exactly alike, and the preview
// a user confirms is the same computation as the import itself.

import { targetForMonth } from './baseline-series'
import { checkObservationInput } from './observation-input'
import { isMonthString, parseMonth } from './periods'
import type { Observation, TargetDefinition } from './target'

export interface ImportRow {
  /** The row's line in the user's spreadsheet, for messages. */
  line: number
  targetId: string
  month: string
  value: number
  ytdAmount?: number
  note?: string
  /**
   * The version the preview showed (null: nothing stored). When given and no longer current, the
   * row is refused, so a figure entered between preview and import is not overwritten unseen.
   */
  expectedVersion?: number | null
}

/** What a row would store: a blank 累计总量 or 备注 keeps the stored one (clear it in the entry screen). */
export interface ImportInput {
  value: number
  ytdAmount?: number
  note?: string
}

export type ImportOutcome = 'create' | 'update' | 'unchanged' | 'error'

export interface PlannedRow<O extends Observation> {
  row: ImportRow
  outcome: ImportOutcome
  /** The figure stored now, which an update replaces (and the audit log keeps). */
  previous: O | null
  /** What the row stores (create, update). */
  input?: ImportInput
  /** The target it is stored under (its plan year may be the month's next, for a baseline month). */
  target?: TargetDefinition
  message?: string
  fields?: Record<string, string>
}

const same = (o: Observation, i: ImportInput) => o.value === i.value && o.ytdAmount === i.ytdAmount && (o.note ?? '') === (i.note ?? '')

function merged(row: ImportRow, previous: Observation | null): ImportInput {
  const ytdAmount = row.ytdAmount ?? previous?.ytdAmount
  const note = row.note ?? previous?.note
  return { value: row.value, ...(ytdAmount === undefined ? {} : { ytdAmount }), ...(note === undefined ? {} : { note }) }
}

export function planImport<O extends Observation & { version?: number }>(
  rows: readonly ImportRow[],
  targets: (year: number, id: string) => TargetDefinition | undefined,
  stored: (target: TargetDefinition, month: string) => O | null,
  mayEdit: (target: TargetDefinition) => boolean,
): PlannedRow<O>[] {
  // Two rows for one target and month: which is the correction cannot be guessed, so both are refused.
  const linesByKey = new Map<string, number[]>()
  for (const row of rows)
    linesByKey.set(`${row.targetId}/${row.month}`, [...(linesByKey.get(`${row.targetId}/${row.month}`) ?? []), row.line])
  return rows.map((row) => {
    const refuse = (message: string, fields?: Record<string, string>): PlannedRow<O> => ({
      row,
      outcome: 'error',
      previous: null,
      message,
      ...(fields ? { fields } : {}),
    })
    if (!isMonthString(row.month)) return refuse(`第${row.line}行：月份“${row.month}”格式应为 YYYY-MM`, { month: '格式应为 YYYY-MM' })
    const year = parseMonth(row.month).year
    // A month of the year before a plan year is that plan year's baseline series (上年同期).
    const target = targetForMonth(row.month, targets(year, row.targetId), targets(year + 1, row.targetId))
    if (!target) return refuse(`第${row.line}行：${parseMonth(row.month).year}年没有目标“${row.targetId}”`, { targetId: '没有这个目标' })
    if (!mayEdit(target)) return refuse(`第${row.line}行：无权修改“${target.name}”`)
    const others = (linesByKey.get(`${row.targetId}/${row.month}`) ?? []).filter((l) => l !== row.line)
    if (others.length > 0) return refuse(`第${row.line}行：与第${others.join('、')}行是同一目标同一月份，请只保留一行`)
    const problems = checkObservationInput(target, row.month, row)
    if (Object.keys(problems).length > 0)
      return refuse(`第${row.line}行（${target.name}）：${Object.values(problems).join('；')}`, problems)
    const previous = stored(target, row.month)
    if (row.expectedVersion !== undefined && (previous?.version ?? null) !== row.expectedVersion) {
      return { ...refuse(`第${row.line}行（${target.name}）：预览之后此数据已被他人修改，请重新预览后再导入`), previous }
    }
    const input = merged(row, previous)
    const outcome = !previous ? 'create' : same(previous, input) ? 'unchanged' : 'update'
    return { row, outcome, previous, input, target }
  })
}

/** How many rows of each outcome. */
export function countOutcomes(planned: readonly { outcome: ImportOutcome }[]): Record<ImportOutcome, number> {
  const counts: Record<ImportOutcome, number> = { create: 0, update: 0, unchanged: 0, error: 0 }
  for (const p of planned) counts[p.outcome]++
  return counts
}
