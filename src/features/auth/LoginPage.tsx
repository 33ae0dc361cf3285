import { type FormEvent, useState } from 'react'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { useLogin, useMe } from '../../api/auth'
import { FormAlert } from '../../components/form/FormAlert'
import { SubmitButton } from '../../components/form/SubmitButton'
import { TextField } from '../../components/form/TextField'
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
        <TextField
          id="login-username"
          label={AUTH_TEXT.username}
          name="username"
          autoComplete="username"
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id="login-password"
          label={AUTH_TEXT.password}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <FormAlert message={login.error?.message} />
        <SubmitButton label={AUTH_TEXT.submit} pending={login.isPending} pendingLabel={AUTH_TEXT.submitting} />
      </form>
    </div>
  )
}
