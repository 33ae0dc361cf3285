import type { Cell } from './parse-sheet'

/** RFC 4180 CSV (quotes, doubled quotes, newlines in quotes) or, for a paste from Excel, tab-separated. */
export function parseDelimited(input: string): Cell[][] {
  const body = input.replace(/^\uFEFF/, '')
  // A paste from Excel is tab-separated; its first line may be a title without tabs.
  const delimiter = body.split('\n').some((line) => line.includes('\t')) ? '\t' : ','
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

/** UTF-8, or GB18030 (what Excel on Chinese Windows writes for “CSV（逗号分隔）”). */
export function decodeText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

/** The first sheet of an .xlsx (the reader is loaded only when a workbook is chosen), or a CSV file. */
export async function readSheetFile(file: File): Promise<Cell[][]> {
  if (/\.xlsx$/i.test(file.name)) {
    const { readSheet } = await import('read-excel-file/browser')
    return (await readSheet(file)) as Cell[][]
  }
  return parseDelimited(decodeText(await file.arrayBuffer()))
}
