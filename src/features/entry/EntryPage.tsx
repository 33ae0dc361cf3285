import { Link, Navigate, useLocation, useSearchParams } from 'react-router'
import { useMe } from '../../api/auth'
import { useTargets } from '../../api/get-targets'
import { QueryState } from '../../components/layout/QueryState'
import { canEdit } from '../../domain/permissions'
import { loginPath } from '../../lib/login-path'
import { ENTRY_TEXT } from './entry-text'
import { TargetEntry } from './TargetEntry'
import { TargetPicker } from './TargetPicker'

export function EntryPage() {
  const me = useMe()
  const location = useLocation()
  const [params, setParams] = useSearchParams()
  const year = Number(params.get('year')) || undefined
  const targets = useTargets(year)
  const user = me.data?.user

  if (me.isPending) return null
  if (!user) return <Navigate to={loginPath(location.pathname + location.search)} replace />
  if (user.role === 'viewer') return <p className="rounded-xl bg-white p-6">{ENTRY_TEXT.noRight}</p>

  const selected = params.get('target') ?? undefined
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="font-bold text-2xl">{ENTRY_TEXT.title}</h1>
        <p className="mt-1 text-slate-600 text-sm">{ENTRY_TEXT.intro}</p>
        <Link to="/entry/import" className="mt-2 inline-block rounded-md px-3 py-1 text-sm ring-1 ring-slate-300 hover:bg-white">
          {ENTRY_TEXT.importLink}
        </Link>
      </div>
      <QueryState query={targets} loading="正在载入目标…" error="目标载入失败">
        {(data) => {
          const editable = data.targets.filter((t) => canEdit(user, t.target))
          return (
            <div className="grid gap-4 md:grid-cols-[18rem_1fr]">
              <div className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-200">
                <TargetPicker
                  items={editable}
                  selected={selected}
                  onSelect={(id) => setParams((p) => ({ ...Object.fromEntries(p), target: id }))}
                />
              </div>
              <div className="min-w-0 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
                {selected && editable.some((t) => t.target.id === selected) ? (
                  <TargetEntry id={selected} year={data.year} canRestore={user.role === 'admin'} />
                ) : (
                  <p className="text-slate-500">{ENTRY_TEXT.chooseHint}</p>
                )}
              </div>
            </div>
          )
        }}
      </QueryState>
    </div>
  )
}
