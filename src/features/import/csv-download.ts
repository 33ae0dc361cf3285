/** Offers rows as a CSV file Excel opens correctly (UTF-8 with BOM, quoted where needed). */
export function downloadCsv(filename: string, rows: (string | number | undefined)[][]) {
  const quote = (v: string | number | undefined) => {
    const s = String(v ?? '')
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
  }
  const blob = new Blob([`\uFEFF${rows.map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`], { type: 'text/csv;charset=utf-8' })
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = filename
  link.click()
  URL.revokeObjectURL(url)
}
