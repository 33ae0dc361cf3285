import { useState } from 'react'
import { Link, Navigate, useLocation } from 'react-router'
import { useMe } from '../../api/auth'
import { useTargets } from '../../api/get-targets'
import { useImportObservations } from '../../api/import-observations'
import { QueryState } from '../../components/layout/QueryState'
import type { ImportResponse } from '../../contract/import'
import { canEdit } from '../../domain/permissions'
import type { TargetDefinition } from '../../domain/target'
import { loginPath } from '../../lib/login-path'
import { downloadCsv } from './csv-download'
import { IMPORT_TEXT } from './import-text'
import { type Cell, type Column, type ParsedSheet, parseSheet } from './parse-sheet'
import { ResultTable } from './ResultTable'
import { parseDelimited, readSheetFile } from './read-sheet'

/** Staff's spreadsheet in, previewed row by row, imported only on confirmation; refused rows kept for correction. */
export function ImportPage() {
  const me = useMe()
  const location = useLocation()
  const targets = useTargets()
  const run = useImportObservations()
  const [cells, setCells] = useState<Cell[][]>([])
  const [parsed, setParsed] = useState<ParsedSheet | null>(null)
  const [pasted, setPasted] = useState('')
  const [outcome, setOutcome] = useState<ImportResponse | null>(null)
  const [readError, setReadError] = useState<string | null>(null)
  const user = me.data?.user

  if (me.isPending) return null
  if (!user) return <Navigate to={loginPath(location.pathname)} replace />
  if (user.role === 'viewer') return <p className="rounded-xl bg-white p-6">{IMPORT_TEXT.noRight}</p>

  return (
    <QueryState query={targets} loading="正在载入目标…" error="目标载入失败">
      {(data) => {
        const catalog = data.targets.map((t) => t.target)
        const byId = new Map<string, TargetDefinition>(catalog.map((t) => [t.id, t]))
        const load = (sheetCells: Cell[][]) => {
          const sheet = parseSheet(sheetCells, catalog, data.year)
          setCells(sheetCells)
          setParsed(sheet)
          setOutcome(null)
          if (sheet.rows.length > 0) run.mutate({ rows: sheet.rows, dryRun: true }, { onSuccess: setOutcome })
        }
        const values = new Map((parsed?.rows ?? []).map((r) => [r.line, r.value]))
        const writable = outcome?.dryRun ? (outcome.counts.create ?? 0) + (outcome.counts.update ?? 0) : 0
        const refused = outcome && !outcome.dryRun ? outcome.results.filter((r) => r.outcome === 'error') : []
        const unread = outcome && !outcome.dryRun ? (parsed?.problems ?? []) : []
        // Every row not imported, unreadable ones as they were typed, so the file can be corrected and imported again.
        const leftOver = [
          ...unread.map((p) => {
            const row = cells[p.line - 1] ?? []
            const cell = (column: Column) => {
              const index = parsed?.columns[column]
              const c = index === undefined ? undefined : row[index]
              return c instanceof Date ? c.toISOString().slice(0, 7) : String(c ?? '')
            }
            return [cell('target'), cell('month'), cell('value'), cell('ytdAmount'), cell('note'), p.message]
          }),
          ...refused.map((r) => {
            const row = parsed?.rows.find((x) => x.line === r.line)
            return [byId.get(r.targetId)?.name ?? r.targetId, r.month, row?.value, row?.ytdAmount, row?.note, r.message]
          }),
        ]
        return (
          <div className="flex flex-col gap-4">
            <Link to="/entry" className="text-slate-600 text-sm hover:underline">
              ← {IMPORT_TEXT.back}
            </Link>
            <h1 className="font-bold text-2xl">{IMPORT_TEXT.title}</h1>
            <p className="max-w-3xl text-slate-600 text-sm">{IMPORT_TEXT.intro}</p>
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
                      setReadError(null)
                      try {
                        load(await readSheetFile(file))
                      } catch {
                        setReadError(IMPORT_TEXT.unreadableFile(file.name))
                      }
                    }}
                  />
                </label>
                <button
                  type="button"
                  className="ml-auto rounded-md px-3 py-1 text-sm ring-1 ring-slate-300"
                  onClick={() =>
                    downloadCsv(`${data.year}年数据导入模板.csv`, [
                      ['目标', '月份', '数值', '累计总量', '备注'],
                      ...catalog.filter((t) => canEdit(user, t)).map((t) => [t.name, `${data.year}-`, '', '', '']),
                    ])
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
                onClick={() => load(parseDelimited(pasted))}
                className="self-start rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white disabled:opacity-50"
              >
                {IMPORT_TEXT.read}
              </button>
            </div>

            {parsed && parsed.problems.length > 0 && (
              <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-900 text-sm ring-1 ring-red-200">
                <p className="font-medium">{IMPORT_TEXT.unreadable}</p>
                <ul className="mt-1 list-disc pl-5">
                  {parsed.problems.map((p) => (
                    <li key={p.line}>{p.message}</li>
                  ))}
                </ul>
              </div>
            )}
            {readError && (
              <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800 text-sm">
                {readError}
              </p>
            )}
            {run.isPending && <p className="text-slate-600 text-sm">{IMPORT_TEXT.previewing}</p>}
            {run.error && (
              <p role="alert" className="rounded-md bg-red-50 p-3 text-red-800 text-sm">
                {run.error.message}
              </p>
            )}
            {outcome && (
              <section
                aria-label={IMPORT_TEXT.preview}
                className="flex flex-col gap-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200"
              >
                <p role="status" className="font-medium">
                  {outcome.dryRun
                    ? IMPORT_TEXT.previewCounts(outcome.counts)
                    : IMPORT_TEXT.done(outcome.counts.create ?? 0, outcome.counts.update ?? 0)}
                </p>
                {leftOver.length > 0 && (
                  <div className="flex flex-wrap items-center gap-3 text-red-800 text-sm">
                    {IMPORT_TEXT.refusedTitle(leftOver.length)}
                    <button
                      type="button"
                      className="rounded-md px-3 py-1 ring-1 ring-red-300"
                      onClick={() => downloadCsv('未导入的行.csv', [['目标', '月份', '数值', '累计总量', '备注', '原因'], ...leftOver])}
                    >
                      {IMPORT_TEXT.downloadRefused}
                    </button>
                  </div>
                )}
                <ResultTable results={outcome.results} values={values} targets={byId} />
                {outcome.dryRun &&
                  (writable > 0 ? (
                    <button
                      type="button"
                      disabled={run.isPending}
                      onClick={() => {
                        if (!parsed) return
                        // Each row carries the version its preview saw, so a change made since is refused, not overwritten.
                        const seen = new Map(
                          outcome.results.filter((r) => r.outcome !== 'error').map((r) => [r.line, r.previous?.version ?? null]),
                        )
                        const rows = parsed.rows.map((r) => (seen.has(r.line) ? { ...r, expectedVersion: seen.get(r.line) } : r))
                        run.mutate({ rows }, { onSuccess: setOutcome })
                      }}
                      className="self-start rounded-md bg-blue-700 px-4 py-2 font-medium text-white disabled:opacity-60"
                    >
                      {run.isPending ? IMPORT_TEXT.committing : IMPORT_TEXT.commit(writable)}
                    </button>
                  ) : (
                    <p className="text-slate-600 text-sm">{IMPORT_TEXT.nothingToImport}</p>
                  ))}
              </section>
            )}
          </div>
        )
      }}
    </QueryState>
  )
}
