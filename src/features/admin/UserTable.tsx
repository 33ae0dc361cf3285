import type { UserSummary } from '../../contract/auth'
import { formatDateTime } from '../../lib/format'
import { ADMIN_TEXT } from './admin-text'
import { scopeLabel } from './scope-text'

const scopeText = (u: UserSummary) =>
  u.role === 'admin' ? ADMIN_TEXT.allTargets : u.scope.length > 0 ? u.scope.map(scopeLabel).join('、') : ADMIN_TEXT.noScope

/** Every account: who, which role, what they may edit, since when. */
export function UserTable({ users }: { users: UserSummary[] }) {
  const { columns } = ADMIN_TEXT
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="border-slate-200 border-b text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3 sm:pr-4 font-medium whitespace-nowrap">
              {columns.username}
            </th>
            <th scope="col" className="py-2 pr-3 sm:pr-4 font-medium whitespace-nowrap">
              {columns.role}
            </th>
            <th scope="col" className="py-2 pr-3 sm:pr-4 font-medium">
              {columns.scope}
            </th>
            <th scope="col" className="py-2 font-medium whitespace-nowrap">
              {columns.createdAt}
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className="border-slate-100 border-b align-top">
              <th scope="row" className="py-2 pr-3 sm:pr-4 font-medium whitespace-nowrap">
                {u.username}
              </th>
              <td className="py-2 pr-3 sm:pr-4 whitespace-nowrap">{ADMIN_TEXT.roles[u.role]}</td>
              <td className="min-w-24 py-2 pr-3 sm:pr-4">{scopeText(u)}</td>
              <td className="py-2 text-slate-600 tabular-nums whitespace-nowrap">{formatDateTime(u.createdAt).slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
