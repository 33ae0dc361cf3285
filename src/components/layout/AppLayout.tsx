import { Link, Outlet } from 'react-router'
import { UserMenu } from './UserMenu'

export function AppLayout() {
  return (
    <div className="min-h-dvh">
      <header className="bg-slate-900 text-white">
        <div className="mx-auto flex max-w-screen-2xl items-center gap-3 px-4 py-3 sm:px-6">
          <Link
            to="/"
            className="flex items-center gap-2 rounded font-bold text-lg tracking-wide focus-visible:outline-2 focus-visible:outline-white"
          >
            <span aria-hidden className="grid size-7 place-items-center rounded-md bg-red-700 text-sm">
              晋
            </span>
            晋中市目标进度看板
          </Link>
          <nav aria-label="账号" className="ml-auto">
            <UserMenu />
          </nav>
        </div>
      </header>
      <main className="mx-auto max-w-screen-2xl px-4 py-5 sm:px-6">
        <Outlet />
      </main>
    </div>
  )
}
