import { useReducer } from 'react'
import { Link, Navigate, useLocation } from 'react-router'
import { useMe } from '../../api/auth'
import { useTargets } from '../../api/get-targets'
import { useImportObservations } from '../../api/import-observations'
import { FormAlert } from '../../components/form/FormAlert'
import { QueryState } from '../../components/layout/QueryState'
import { canEdit } from '../../domain/permissions'
import type { TargetDefinition } from '../../domain/target'
import { loginPath } from '../../lib/login-path'
import { ImportOutcome } from './ImportOutcome'
import { EMPTY_SESSION, importSession, rowsToCommit } from './import-session'
import { IMPORT_TEXT } from './import-text'
import { type Cell, parseSheet } from './parse-sheet'
import { SheetSource } from './SheetSource'

/** Staff's spreadsheet in, previewed row by row, imported only on confirmation; refused rows kept for correction. */
export function ImportPage() {
  const me = useMe()
  const location = useLocation()
  const targets = useTargets()
  const run = useImportObservations()
  const [session, dispatch] = useReducer(importSession, EMPTY_SESSION)
  const user = me.data?.user

  if (me.isPending) return null
  if (!user) return <Navigate to={loginPath(location.pathname)} replace />
  if (user.role === 'viewer') return <p className="rounded-xl bg-white p-6">{IMPORT_TEXT.noRight}</p>

  return (
    <QueryState query={targets} loading={IMPORT_TEXT.loading} error={IMPORT_TEXT.loadError}>
      {(data) => {
        const catalog = data.targets.map((t) => t.target)
        const byId = new Map<string, TargetDefinition>(catalog.map((t) => [t.id, t]))
        const preview = (cells: Cell[][]) => {
          const sheet = parseSheet(cells, catalog, data.year)
          dispatch({ type: 'read', cells, sheet })
          if (sheet.rows.length === 0) return
          run.mutate({ rows: sheet.rows, dryRun: true }, { onSuccess: (outcome) => dispatch({ type: 'answered', sheet, outcome }) })
        }
        const commit = () => {
          const { sheet } = session
          if (!sheet) return
          run.mutate({ rows: rowsToCommit(session) }, { onSuccess: (outcome) => dispatch({ type: 'answered', sheet, outcome }) })
        }
        const problems = session.sheet?.problems ?? []
        return (
          <div className="flex flex-col gap-4">
            <Link to="/entry" className="text-slate-600 text-sm hover:underline">
              ← {IMPORT_TEXT.back}
            </Link>
            <h1 className="font-bold text-2xl">{IMPORT_TEXT.title}</h1>
            <p className="max-w-3xl text-slate-600 text-sm">{IMPORT_TEXT.intro}</p>
            <SheetSource
              year={data.year}
              targets={catalog.filter((t) => canEdit(user, t))}
              onRead={preview}
              onReadError={(message) => dispatch({ type: 'readFailed', message })}
            />
            {problems.length > 0 && (
              <div role="alert" className="rounded-xl bg-red-50 p-4 text-red-900 text-sm ring-1 ring-red-200">
                <p className="font-medium">{IMPORT_TEXT.unreadable}</p>
                <ul className="mt-1 list-disc pl-5">
                  {problems.map((p) => (
                    <li key={p.line}>{p.message}</li>
                  ))}
                </ul>
              </div>
            )}
            <FormAlert message={session.readError} />
            {run.isPending && <p className="text-slate-600 text-sm">{IMPORT_TEXT.previewing}</p>}
            <FormAlert message={run.error?.message} />
            <ImportOutcome session={session} targets={byId} committing={run.isPending} onCommit={commit} />
          </div>
        )
      }}
    </QueryState>
  )
}
