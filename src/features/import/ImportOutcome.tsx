import type { FormEvent } from 'react'
import { SubmitButton } from '../../components/form/SubmitButton'
import type { TargetDefinition } from '../../domain/target'
import { downloadCsv } from './csv-download'
import { type ImportSession, writableCount } from './import-session'
import { IMPORT_TEXT } from './import-text'
import { leftOverRows } from './left-over-rows'
import { SHEET_HEADER } from './parse-sheet'
import { ResultTable } from './ResultTable'

interface ImportOutcomeProps {
  session: ImportSession
  targets: Map<string, TargetDefinition>
  committing: boolean
  onCommit: () => void
}

/**
 * The server's answer, row by row: after a preview the button to import, after an import what was
 * left out. Nothing before the first answer.
 */
export function ImportOutcome({ session, targets, committing, onCommit }: ImportOutcomeProps) {
  const { outcome, sheet } = session
  if (!outcome) return null
  const writable = writableCount(session)
  const leftOver = leftOverRows(session, (id) => targets.get(id)?.name ?? id)
  const values = new Map((sheet?.rows ?? []).map((r) => [r.line, r.value]))
  const commit = (event: FormEvent) => {
    event.preventDefault()
    onCommit()
  }
  return (
    <section aria-label={IMPORT_TEXT.preview} className="flex flex-col gap-3 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
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
            onClick={() => downloadCsv(IMPORT_TEXT.leftOverFile, [[...SHEET_HEADER, IMPORT_TEXT.reason], ...leftOver])}
          >
            {IMPORT_TEXT.downloadRefused}
          </button>
        </div>
      )}
      <ResultTable results={outcome.results} values={values} targets={targets} />
      {outcome.dryRun &&
        (writable > 0 ? (
          <form onSubmit={commit} className="self-start">
            <SubmitButton label={IMPORT_TEXT.commit(writable)} pending={committing} pendingLabel={IMPORT_TEXT.committing} tone="blue" />
          </form>
        ) : (
          <p className="text-slate-600 text-sm">{IMPORT_TEXT.nothingToImport}</p>
        ))}
    </section>
  )
}
