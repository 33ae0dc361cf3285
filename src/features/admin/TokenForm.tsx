import { type FormEvent, useId, useState } from 'react'
import { useCreateToken } from '../../api/admin-users'
import { ApiError } from '../../api/client'
import { SubmitButton } from '../../components/form/SubmitButton'
import { TextField } from '../../components/form/TextField'
import { ADMIN_TEXT } from './admin-text'

/** How a script uses the token: PUT one month's figure (README, /api/targets/{id}/observations/{YYYY-MM}). */
const curlExample = (origin: string, token: string) =>
  [
    `curl -X PUT '${origin}/api/targets/urban-jobs/observations/2025-10' \\`,
    `  -H 'Authorization: Bearer ${token}' \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"value": 2.9, "note": "人社局10月快报"}'`,
  ].join('\n')

/** A new API token, shown once: copy it now or never. */
export function TokenForm() {
  const id = useId()
  const create = useCreateToken()
  const [label, setLabel] = useState('')
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle')
  const error = create.error instanceof ApiError ? (create.error.fields?.label ?? create.error.message) : create.error?.message
  const token = create.data

  const submit = (event: FormEvent) => {
    event.preventDefault()
    setCopy('idle')
    create.mutate({ label: label.trim() }, { onSuccess: () => setLabel('') })
  }
  const copyToken = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setCopy('copied')
    } catch {
      setCopy('failed')
    }
  }

  const f = { label: `${id}-label`, token: `${id}-token` }
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h2 id={`${id}-title`} className="font-bold text-lg">
          {ADMIN_TEXT.tokens}
        </h2>
        <p className="mt-1 text-slate-600 text-sm">{ADMIN_TEXT.tokensIntro}</p>
      </div>
      <form onSubmit={submit} noValidate aria-labelledby={`${id}-title`} className="flex flex-wrap items-end gap-3">
        <TextField
          id={f.label}
          label={ADMIN_TEXT.tokenLabel}
          error={error}
          className="min-w-0 grow basis-64"
          name="label"
          autoComplete="off"
          placeholder={ADMIN_TEXT.tokenLabelHint}
          required
          value={label}
          onChange={(e) => setLabel(e.target.value)}
        />
        <SubmitButton
          label={ADMIN_TEXT.createToken}
          pending={create.isPending}
          pendingLabel={ADMIN_TEXT.creatingToken}
          className={error ? 'mb-5' : ''}
        />
      </form>
      {token && (
        <div className="flex flex-col gap-3 rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950">
          <p role="status" className="font-medium">
            {ADMIN_TEXT.tokenCreated(token.label)}
          </p>
          <p id={`${f.token}-warning`} className="text-sm">
            {ADMIN_TEXT.tokenWarning}
          </p>
          <div className="flex flex-col gap-1 text-sm">
            <label htmlFor={f.token} className="font-medium">
              {ADMIN_TEXT.token}
            </label>
            <div className="flex gap-2">
              <input
                id={f.token}
                readOnly
                value={token.token}
                onFocus={(e) => e.target.select()}
                aria-describedby={`${f.token}-warning`}
                className="min-w-0 grow rounded-md border border-amber-400 bg-white px-3 py-2 font-mono text-sm"
              />
              <button
                type="button"
                onClick={() => copyToken(token.token)}
                className="shrink-0 rounded-md bg-amber-700 px-3 py-2 font-medium text-white"
              >
                {copy === 'copied' ? ADMIN_TEXT.copied : ADMIN_TEXT.copy}
              </button>
            </div>
            {copy === 'failed' && (
              <span role="alert" className="text-red-700 text-xs">
                {ADMIN_TEXT.copyFailed}
              </span>
            )}
          </div>
          <figure className="flex flex-col gap-1 text-sm">
            <figcaption className="font-medium">{ADMIN_TEXT.curlTitle}</figcaption>
            <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-slate-100 text-xs leading-relaxed">
              {curlExample(window.location.origin, token.token)}
            </pre>
          </figure>
        </div>
      )}
    </div>
  )
}
