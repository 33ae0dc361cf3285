// A spreadsheet (rows of cells, as Excel, CSV or a paste gives them) turned into import rows.
// Staff keep their own sheets, so headers are found by name, targets by name or id, and months
// in the forms people write them ("2025-10", "2025年10月", "2025/10", "10月", a date cell).

import type { ImportRow } from '../../domain/import-plan'
import type { TargetDefinition } from '../../domain/target'
import { parseNumber } from '../../lib/parse-number'

export type Cell = string | number | boolean | Date | null | undefined

export type Column = 'target' | 'month' | 'value' | 'ytdAmount' | 'note'

export interface ParsedSheet {
  rows: ImportRow[]
  /** Where each column was found (0-based), to give unreadable lines back in a fixed order. */
  columns: Partial<Record<Column, number>>
  /** Lines that could not become a row at all, with the reason. */
  problems: { line: number; message: string }[]
}

const HEADERS: Record<Column, readonly string[]> = {
  target: ['目标', '指标', '目标名称', '指标名称', 'targetId', 'target'],
  month: ['月份', '期间', '时间', 'month'],
  value: ['数值', '实际值', '完成值', '本期值', 'value'],
  ytdAmount: ['累计总量', '累计值', 'ytdAmount'],
  note: ['备注', '说明', 'note'],
}

/** The columns in the order the template and the left-over rows give them, each under its first header name. */
export const COLUMNS: readonly Column[] = ['target', 'month', 'value', 'ytdAmount', 'note']
export const SHEET_HEADER: readonly string[] = COLUMNS.map((c) => HEADERS[c][0] ?? c)

const text = (c: Cell) => (c instanceof Date ? '' : String(c ?? '').trim())
/** "数值（%）", "完成值(亿元)" → "数值", "完成值": headers often carry their unit. */
const headerName = (c: Cell) => text(c).replace(/[（(].*[)）]$/, '')

/**
 * "2025-10", "2025年10月", "2025/10", "2025.10", "2025-10-31", "2025/10/1", "10月", "10月份",
 * "1-10月" and "2025年1-10月" (the period's last month), or an Excel date cell. A plain number is
 * refused: Excel turns a typed 2025.10 into 2025.1, which would silently read as January.
 */
export function parseMonthCell(cell: Cell, year: number): string | undefined {
  if (cell instanceof Date) return `${cell.getUTCFullYear()}-${String(cell.getUTCMonth() + 1).padStart(2, '0')}`
  if (typeof cell !== 'string') return undefined
  const s = cell.replace(/\s/g, '').replace(/月份$/, '月')
  const full = /^(\d{4})(?:[-/.年]|年1-)(\d{1,2})(?:月|[-/.]\d{1,2}日?)?$/.exec(s)
  const monthOnly = /^(?:1-)?(\d{1,2})月$/.exec(s)
  const [y, m] = full ? [Number(full[1]), Number(full[2])] : monthOnly ? [year, Number(monthOnly[1])] : [Number.NaN, Number.NaN]
  return m >= 1 && m <= 12 ? `${y}-${String(m).padStart(2, '0')}` : undefined
}

function findHeader(cells: Cell[][]): { index: number; columns: Partial<Record<Column, number>> } | undefined {
  for (const [index, row] of cells.slice(0, 10).entries()) {
    const columns: Partial<Record<Column, number>> = {}
    for (const [key, names] of Object.entries(HEADERS) as [Column, readonly string[]][]) {
      const col = row.findIndex((c) => names.includes(headerName(c)))
      if (col >= 0) columns[key] = col
    }
    if (columns.target !== undefined && columns.month !== undefined && columns.value !== undefined) return { index, columns }
  }
  return undefined
}

/**
 * Excel keeps a cell formatted as a percentage as its fraction: 5.2% arrives as 0.052. For a target
 * in %, a number cell under 1 whose hundredfold is plausible is most likely that, so it is refused
 * with an explanation rather than saved as 0.052%.
 */
function looksLikePercentCell(cell: Cell, target: TargetDefinition): boolean {
  if (typeof cell !== 'number' || target.unit !== '%' || cell === 0 || Math.abs(cell) >= 1) return false
  const scaled = cell * 100
  return !target.plausible || (scaled >= target.plausible.min && scaled <= target.plausible.max)
}

/** Reads the sheet; `year` is the plan year for months written without one ("10月"). */
export function parseSheet(cells: Cell[][], targets: readonly TargetDefinition[], year: number): ParsedSheet {
  const header = findHeader(cells)
  if (!header)
    return { rows: [], columns: {}, problems: [{ line: 1, message: '找不到表头：需要“目标”“月份”“数值”三列（可另有“累计总量”“备注”）' }] }
  const byName = new Map(targets.flatMap((t) => [[t.id, t] as const, [t.name, t] as const]))
  const nameCount = new Map<string, number>()
  for (const t of targets) nameCount.set(t.name, (nameCount.get(t.name) ?? 0) + 1)
  const { columns } = header
  const rows: ImportRow[] = []
  const problems: ParsedSheet['problems'] = []
  for (const [i, row] of cells.slice(header.index + 1).entries()) {
    const line = header.index + 2 + i
    const at = (key: Column) => (columns[key] === undefined ? undefined : row[columns[key]])
    if (row.every((c) => text(c) === '' && !(c instanceof Date))) continue
    const name = text(at('target'))
    const target = byName.get(name)
    const month = parseMonthCell(at('month'), year)
    const valueCell = at('value')
    const value = typeof valueCell === 'number' ? valueCell : parseNumber(text(valueCell))
    const ytdCell = at('ytdAmount')
    const ytdAmount = typeof ytdCell === 'number' ? ytdCell : parseNumber(text(ytdCell))
    const note = text(at('note'))
    if (!target) {
      problems.push({ line, message: `第${line}行：找不到目标“${name}”（请用看板上的目标名称）` })
      continue
    }
    if ((nameCount.get(name) ?? 0) > 1) {
      problems.push({ line, message: `第${line}行：有多个目标叫“${name}”，请改用目标编号` })
      continue
    }
    if (!month) {
      problems.push({ line, message: `第${line}行：看不懂月份“${text(at('month'))}”（如 2025-10 或 2025年10月）` })
      continue
    }
    if (value === undefined) {
      problems.push({ line, message: `第${line}行：缺少数值` })
      continue
    }
    if (Number.isNaN(value)) {
      problems.push({ line, message: `第${line}行：数值“${text(valueCell)}”不是数字` })
      continue
    }
    if (looksLikePercentCell(valueCell, target)) {
      const shown = Math.round((valueCell as number) * 10000) / 100
      problems.push({
        line,
        message: `第${line}行：数值 ${valueCell} 像是设为百分比格式的单元格（显示为 ${shown}%），请把单元格改为数字 ${shown} 后重新导入`,
      })
      continue
    }
    if (ytdAmount !== undefined && Number.isNaN(ytdAmount)) {
      problems.push({ line, message: `第${line}行：累计总量“${text(ytdCell)}”不是数字` })
      continue
    }
    rows.push({ line, targetId: target.id, month, value, ...(ytdAmount === undefined ? {} : { ytdAmount }), ...(note ? { note } : {}) })
  }
  return { rows, columns, problems }
}
