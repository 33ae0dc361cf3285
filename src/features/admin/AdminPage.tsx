import { Navigate } from 'react-router'
import { useUsers } from '../../api/admin-users'
import { useMe } from '../../api/auth'
import { QueryState } from '../../components/layout/QueryState'
import { loginPath } from '../../lib/login-path'
import { ADMIN_TEXT } from './admin-text'
import { CreateUserForm } from './CreateUserForm'
import { TokenForm } from './TokenForm'
import { UserTable } from './UserTable'

const card = 'rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200'

/** The admin's screen: every account, a new account, a new API token. */
export function AdminPage() {
  const me = useMe()
  const user = me.data?.user
  const isAdmin = user?.role === 'admin'
  const users = useUsers({ enabled: isAdmin })

  if (me.isPending) return null
  if (!user) return <Navigate to={loginPath('/admin')} replace />
  if (!isAdmin) {
    return (
      <p role="alert" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        {ADMIN_TEXT.noRight}
      </p>
    )
  }

  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="font-bold text-2xl">{ADMIN_TEXT.title}</h1>
        <p className="mt-1 text-slate-600 text-sm">{ADMIN_TEXT.intro}</p>
      </div>
      <section aria-labelledby="admin-accounts" className={card}>
        <h2 id="admin-accounts" className="mb-2 font-bold text-lg">
          {ADMIN_TEXT.accounts}
        </h2>
        <QueryState query={users} loading={ADMIN_TEXT.loadingUsers} error={ADMIN_TEXT.usersError}>
          {(data) => <UserTable users={data.users} />}
        </QueryState>
      </section>
      <section className={card}>
        <CreateUserForm />
      </section>
      <section className={card}>
        <TokenForm />
      </section>
    </div>
  )
}
