import type { Cell } from './parse-sheet'

/** RFC 4180 CSV (quotes, doubled quotes, newlines in quotes) or, for a paste from Excel, tab-separated. */
export function parseDelimited(input: string): Cell[][] {
  const body = input.replace(/^\uFEFF/, '')
  const delimiter = body.split('\n', 1)[0]?.includes('\t') ? '\t' : ','
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '') quoted = true
    else if (ch === delimiter) {
      row.push(field)
      field = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else field += ch
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}

/** The first sheet of an .xlsx (the reader is loaded only when a workbook is chosen), or a CSV file. */
export async function readSheetFile(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser')
    return (await readSheet(file)) as Cell[][]
  }
  return parseDelimited(await file.text())
}
