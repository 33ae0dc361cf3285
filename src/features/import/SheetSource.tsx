import { useState } from 'react'
import type { TargetDefinition } from '../../domain/target'
import { downloadCsv } from './csv-download'
import { IMPORT_TEXT } from './import-text'
import { type Cell, SHEET_HEADER } from './parse-sheet'
import { parseDelimited, readSheetFile } from './read-sheet'

interface SheetSourceProps {
  year: number
  /** The targets this user may import figures for: the template lists them. */
  targets: readonly TargetDefinition[]
  onRead: (cells: Cell[][]) => void
  onReadError: (message: string) => void
}

/** Where the sheet comes from: a file (.xlsx or .csv) or a paste from Excel; and a template to fill in. */
export function SheetSource({ year, targets, onRead, onReadError }: SheetSourceProps) {
  const [pasted, setPasted] = useState('')
  return (
    <div className="flex flex-col gap-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-2 text-sm">
          {IMPORT_TEXT.file}
          <input
            type="file"
            accept=".xlsx,.csv,text/csv"
            onChange={async (e) => {
              const input = e.currentTarget
              const file = input.files?.[0]
              // Cleared, so choosing the same (corrected) file again reads it again.
              input.value = ''
              if (!file) return
              try {
                onRead(await readSheetFile(file))
              } catch {
                onReadError(IMPORT_TEXT.unreadableFile(file.name))
              }
            }}
          />
        </label>
        <button
          type="button"
          className="ml-auto rounded-md px-3 py-1 text-sm ring-1 ring-slate-300"
          onClick={() =>
            downloadCsv(IMPORT_TEXT.templateFile(year), [[...SHEET_HEADER], ...targets.map((t) => [t.name, `${year}-`, '', '', ''])])
          }
        >
          {IMPORT_TEXT.template}
        </button>
      </div>
      <label className="flex flex-col gap-1 text-sm">
        {IMPORT_TEXT.paste}
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={4}
          className="rounded-md border border-slate-300 p-2 font-mono text-xs"
        />
      </label>
      <button
        type="button"
        disabled={!pasted.trim()}
        onClick={() => onRead(parseDelimited(pasted))}
        className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50"
      >
        {IMPORT_TEXT.read}
      </button>
    </div>
  )
}
