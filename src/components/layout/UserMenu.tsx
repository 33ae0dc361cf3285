import { Link, useLocation } from 'react-router'
import { useLogout, useMe } from '../../api/auth'
import { loginPath } from '../../lib/login-path'

/** Who is signed in, the way to the entry screen for those who may write, sign in and out. */
export function UserMenu() {
  const me = useMe()
  const logout = useLogout()
  const location = useLocation()
  const user = me.data?.user
  const linkClass =
    'rounded px-2 py-1 text-slate-200 text-sm hover:bg-white/10 hover:text-white focus-visible:outline-2 focus-visible:outline-white'

  if (!user) {
    if (me.isPending || location.pathname === '/login') return null
    return (
      <Link to={loginPath(location.pathname + location.search)} className={linkClass}>
        登录
      </Link>
    )
  }
  return (
    <div className="flex items-center gap-1">
      {user.role !== 'viewer' && (
        <Link to="/entry" className={linkClass}>
          录入数据
        </Link>
      )}
      {user.role === 'admin' && (
        <Link to="/admin" className={`${linkClass} hidden sm:inline`}>
          管理
        </Link>
      )}
      <Link to="/account" className={`${linkClass} hidden sm:inline`} title="我的账号">
        {user.username}
      </Link>
      <button type="button" className={linkClass} onClick={() => logout.mutate()}>
        退出
      </button>
    </div>
  )
}
