import { type FormEvent, useState } from 'react'
import { Navigate } from 'react-router'
import { useChangePassword, useMe } from '../../api/auth'
import { ApiError } from '../../api/client'
import { FormAlert } from '../../components/form/FormAlert'
import { SubmitButton } from '../../components/form/SubmitButton'
import { TextField } from '../../components/form/TextField'
import { loginPath } from '../../lib/login-path'
import { AUTH_TEXT } from './auth-text'

/** The signed-in user's own account: who they are, what they may edit, their password. */
export function AccountPage() {
  const me = useMe()
  const change = useChangePassword()
  const [currentPassword, setCurrent] = useState('')
  const [newPassword, setNew] = useState('')
  const [repeat, setRepeat] = useState('')
  const [mismatch, setMismatch] = useState(false)
  const user = me.data?.user

  if (me.isPending) return null
  if (!user) return <Navigate to={loginPath('/account')} replace />

  const fields = change.error instanceof ApiError ? (change.error.fields ?? {}) : {}
  const submit = (event: FormEvent) => {
    event.preventDefault()
    setMismatch(newPassword !== repeat)
    if (newPassword !== repeat) return
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          for (const clear of [setCurrent, setNew, setRepeat]) clear('')
        },
      },
    )
  }
  const input = (label: string, name: string, value: string, onChange: (v: string) => void, error?: string) => (
    <TextField
      id={`account-${name}`}
      label={label}
      error={error}
      type="password"
      name={name}
      autoComplete={name === 'currentPassword' ? 'current-password' : 'new-password'}
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
    />
  )

  return (
    <div className="mx-auto mt-6 flex max-w-md flex-col gap-5 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
      <div>
        <h1 className="font-bold text-xl">{AUTH_TEXT.account}</h1>
        <p className="mt-1 text-slate-600 text-sm">{AUTH_TEXT.whoAmI(user.username, AUTH_TEXT.roles[user.role], user.scope)}</p>
      </div>
      <form onSubmit={submit} className="flex flex-col gap-4">
        <h2 className="font-bold">{AUTH_TEXT.changePassword}</h2>
        {input(AUTH_TEXT.currentPassword, 'currentPassword', currentPassword, setCurrent, fields.currentPassword)}
        {input(AUTH_TEXT.newPassword, 'newPassword', newPassword, setNew, fields.newPassword)}
        {input(AUTH_TEXT.repeatPassword, 'repeatPassword', repeat, setRepeat, mismatch ? AUTH_TEXT.mismatch : undefined)}
        <p role="status" className="text-green-800 text-sm">
          {change.isSuccess ? AUTH_TEXT.changed : ''}
        </p>
        <FormAlert message={fields.currentPassword || fields.newPassword ? null : change.error?.message} />
        <SubmitButton
          label={AUTH_TEXT.changePassword}
          pending={change.isPending}
          pendingLabel={AUTH_TEXT.changingPassword}
          className="self-start"
        />
      </form>
    </div>
  )
}
