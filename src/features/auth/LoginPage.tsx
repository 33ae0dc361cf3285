import { type FormEvent, useState } from 'react'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { useLogin, useMe } from '../../api/auth'
import { AUTH_TEXT } from './auth-text'

/** Only same-site paths are followed after sign-in, so a crafted link cannot send users elsewhere. */
const safeNext = (next: string | null) => (next?.startsWith('/') && !next.startsWith('//') && !next.includes('\\') ? next : '/')

export function LoginPage() {
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const navigate = useNavigate()
  const me = useMe()
  const login = useLogin()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')

  if (me.data?.user) return <Navigate to={next} replace />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    login.mutate({ username, password }, { onSuccess: () => navigate(next, { replace: true }) })
  }

  return (
    <div className="mx-auto mt-10 max-w-sm rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <h1 className="font-bold text-xl">{AUTH_TEXT.title}</h1>
      <p className="mt-1 text-slate-600 text-sm">{AUTH_TEXT.intro}</p>
      <form onSubmit={submit} className="mt-5 flex flex-col gap-4">
        <label className="flex flex-col gap-1 text-sm">
          {AUTH_TEXT.username}
          <input
            name="username"
            autoComplete="username"
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            className="rounded-md border border-slate-300 px-3 py-2 text-base"
          />
        </label>
        <label className="flex flex-col gap-1 text-sm">
          {AUTH_TEXT.password}
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            className="rounded-md border border-slate-300 px-3 py-2 text-base"
          />
        </label>
        {login.error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800 text-sm">
            {login.error.message}
          </p>
        )}
        <button
          type="submit"
          disabled={login.isPending}
          className="rounded-md bg-slate-900 px-4 py-2 font-medium text-white disabled:opacity-60"
        >
          {login.isPending ? AUTH_TEXT.submitting : AUTH_TEXT.submit}
        </button>
      </form>
    </div>
  )
}
