import { type FormEvent, useId, useState } from 'react'
import { useCreateUser } from '../../api/admin-users'
import { ApiError } from '../../api/client'
import { describedBy, Field, inputClass } from '../../components/form/Field'
import { FormAlert } from '../../components/form/FormAlert'
import { SubmitButton } from '../../components/form/SubmitButton'
import { TextField } from '../../components/form/TextField'
import type { UserRole } from '../../contract/auth'
import { ROLES } from '../../domain/permissions'
import { CATEGORY_LABELS } from '../../lib/target-text'
import { ADMIN_TEXT } from './admin-text'
import { CATEGORY_KEYS, type CategoryKey, parseUnits } from './scope-text'

/** The server's field errors by form field; a scope item's error ("scope.3") belongs to the scope. */
function fieldErrors(error: Error | null): { username?: string; password?: string; role?: string; scope?: string; form?: string } {
  if (!error) return {}
  if (!(error instanceof ApiError) || !error.fields) {
    return error instanceof ApiError && error.status === 409 ? { username: error.message } : { form: error.message }
  }
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(error.fields)) {
    const field = key.split('.')[0] ?? key
    if (field === 'username' || field === 'password' || field === 'role' || field === 'scope') out[field] ??= message
    else out.form ??= error.message
  }
  return out
}

/** A new account: name, initial password, role and, for an editor, what they may edit. */
export function CreateUserForm() {
  const id = useId()
  const create = useCreateUser()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [role, setRole] = useState<UserRole>('editor')
  const [categories, setCategories] = useState<CategoryKey[]>([])
  const [units, setUnits] = useState('')
  const errors = fieldErrors(create.error)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const scope = role === 'editor' ? [...categories, ...parseUnits(units)] : []
    create.mutate(
      { username: username.trim(), password, role, scope },
      {
        onSuccess: () => {
          setUsername('')
          setPassword('')
          setRole('editor')
          setCategories([])
          setUnits('')
        },
      },
    )
  }
  const toggle = (key: CategoryKey, on: boolean) =>
    setCategories((now) => (on ? CATEGORY_KEYS.filter((k) => k === key || now.includes(k)) : now.filter((k) => k !== key)))

  const f = { username: `${id}-username`, password: `${id}-password`, role: `${id}-role`, units: `${id}-units`, scope: `${id}-scope` }
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="flex flex-col gap-4">
      <h2 id={`${id}-title`} className="font-bold text-lg">
        {ADMIN_TEXT.newAccount}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          id={f.username}
          label={ADMIN_TEXT.username}
          hint={ADMIN_TEXT.usernameHint}
          error={errors.username}
          name="username"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          id={f.password}
          label={ADMIN_TEXT.password}
          error={errors.password}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Field id={f.role} label={ADMIN_TEXT.role} error={errors.role}>
          <select
            id={f.role}
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as UserRole)}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describedBy(f.role, { error: errors.role })}
            className={`${inputClass(errors.role)} bg-white`}
          >
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ADMIN_TEXT.roles[r]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {role === 'editor' && (
        <fieldset
          className="flex flex-col gap-3 rounded-lg bg-slate-50 p-4"
          aria-describedby={describedBy(f.scope, { hint: ADMIN_TEXT.scopeHint, error: errors.scope })}
          aria-invalid={errors.scope ? true : undefined}
        >
          <legend className="float-left mb-1 font-medium text-sm">{ADMIN_TEXT.scope}</legend>
          <p id={`${f.scope}-hint`} className="clear-left text-slate-500 text-xs">
            {ADMIN_TEXT.scopeHint}
          </p>
          <div className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-3 lg:grid-cols-5">
            {CATEGORY_KEYS.map((key) => (
              <label key={key} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="scope"
                  value={key}
                  checked={categories.includes(key)}
                  onChange={(e) => toggle(key, e.target.checked)}
                  className="size-4 accent-blue-700"
                />
                {CATEGORY_LABELS[key]}
              </label>
            ))}
          </div>
          {errors.scope && (
            <span id={`${f.scope}-error`} className="text-red-700 text-xs">
              {errors.scope}
            </span>
          )}
          <TextField
            id={f.units}
            label={ADMIN_TEXT.units}
            hint={ADMIN_TEXT.unitsHint}
            name="units"
            value={units}
            onChange={(e) => setUnits(e.target.value)}
            inputClassName="bg-white"
          />
        </fieldset>
      )}
      <p role="status" className="text-green-800 text-sm">
        {create.isSuccess && create.data ? ADMIN_TEXT.created(create.data.username) : ''}
      </p>
      <FormAlert message={errors.form} />
      <SubmitButton label={ADMIN_TEXT.create} pending={create.isPending} pendingLabel={ADMIN_TEXT.creating} className="self-start" />
    </form>
  )
}
