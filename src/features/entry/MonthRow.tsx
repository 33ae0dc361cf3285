import { useEffect, useId, useRef } from 'react'
import { useDeleteObservation } from '../../api/delete-observation'
import { FormAlert } from '../../components/form/FormAlert'
import { SubmitButton } from '../../components/form/SubmitButton'
import { TextField } from '../../components/form/TextField'
import type { StoredObservation } from '../../contract/targets'
import { periodLabel } from '../../domain/periods'
import type { TargetDefinition } from '../../domain/target'
import { formatDateTime, formatMonthLabel, formatNumber } from '../../lib/format'
import { ConflictNotice } from './ConflictNotice'
import { ENTRY_TEXT } from './entry-text'
import { type Draft, useMonthEditor } from './use-month-editor'

interface MonthRowProps {
  target: TargetDefinition
  month: string
  saved: StoredObservation | undefined
}

/** One of the draft's inputs; numbers get the decimal keyboard on phones. */
function DraftField({
  label,
  name,
  draft,
  error,
  onChange,
  wide = false,
}: {
  label: string
  name: keyof Draft
  draft: Draft
  error?: string
  onChange: (field: keyof Draft, text: string) => void
  wide?: boolean
}) {
  const id = useId()
  return (
    <TextField
      id={id}
      label={label}
      error={error}
      className={wide ? 'grow' : 'w-36'}
      name={name}
      inputMode={name === 'note' ? 'text' : 'decimal'}
      value={draft[name]}
      onChange={(e) => onChange(name, e.target.value)}
      inputClassName="tabular-nums"
    />
  )
}

/** One month of one target: its saved figure, and the form to enter or correct it. */
export function MonthRow({ target, month, saved }: MonthRowProps) {
  const editor = useMonthEditor(target, month, saved)
  const form = useRef<HTMLFormElement>(null)
  // Keyboard users land in the value field when the form opens.
  useEffect(() => {
    if (editor.editing) form.current?.querySelector('input')?.focus()
  }, [editor.editing])
  const remove = useDeleteObservation()
  const label = `${formatMonthLabel(month)}（${periodLabel(target, month)}）`

  return (
    <li className="border-slate-100 border-b py-3">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className="w-44 font-medium">{label}</span>
        <span className="w-28 text-right font-bold text-lg tabular-nums">
          {saved ? `${formatNumber(saved.value)}` : <span className="font-normal text-slate-400 text-sm">{ENTRY_TEXT.empty}</span>}
        </span>
        <span className="grow text-slate-500 text-xs">
          {saved && ENTRY_TEXT.savedBy(saved.sample ? '示例数据' : saved.updatedBy, formatDateTime(saved.updatedAt), saved.version)}
          {saved?.note && ` · ${saved.note}`}
        </span>
        {!editor.editing && (
          <span className="flex gap-2">
            <button
              type="button"
              onClick={editor.start}
              className="rounded-md bg-slate-900 px-3 py-1 text-sm text-white"
              aria-label={`${saved ? ENTRY_TEXT.correct : ENTRY_TEXT.edit} ${label}`}
            >
              {saved ? ENTRY_TEXT.correct : ENTRY_TEXT.edit}
            </button>
            {saved && (
              <button
                type="button"
                onClick={() =>
                  window.confirm(ENTRY_TEXT.confirmRemove(formatMonthLabel(month))) &&
                  remove.mutate({ targetId: target.id, month, version: saved.version })
                }
                className="rounded-md px-3 py-1 text-red-700 text-sm ring-1 ring-red-300"
                aria-label={`${ENTRY_TEXT.remove} ${label}`}
              >
                {ENTRY_TEXT.remove}
              </button>
            )}
          </span>
        )}
      </div>
      <FormAlert message={remove.error?.message} className="mt-1" />
      {editor.editing && (
        <form
          ref={form}
          aria-label={`${label} ${target.name}`}
          onSubmit={(e) => {
            e.preventDefault()
            editor.submit()
          }}
          className="mt-3 flex flex-col gap-3 rounded-lg bg-slate-50 p-3"
        >
          <div className="flex flex-wrap items-start gap-3">
            <DraftField
              label={`${ENTRY_TEXT.value}（${target.unit}）`}
              name="value"
              draft={editor.draft}
              error={editor.errors.value}
              onChange={editor.change}
            />
            {target.kind === 'growth' && (
              <DraftField
                label={ENTRY_TEXT.ytdAmount}
                name="ytdAmount"
                draft={editor.draft}
                error={editor.errors.ytdAmount}
                onChange={editor.change}
              />
            )}
            <DraftField label={ENTRY_TEXT.note} name="note" draft={editor.draft} error={editor.errors.note} onChange={editor.change} wide />
          </div>
          <FormAlert message={editor.errors.month ?? editor.errors.form} />
          {editor.conflict && <ConflictNotice conflict={editor.conflict} onUseLatest={editor.useLatest} onOverwrite={editor.overwrite} />}
          <div className="flex gap-2">
            <SubmitButton label={ENTRY_TEXT.save} pending={editor.saving} pendingLabel={ENTRY_TEXT.saving} tone="blue" />
            <button type="button" onClick={editor.cancel} className="rounded-md px-4 py-2 ring-1 ring-slate-300">
              {ENTRY_TEXT.cancel}
            </button>
          </div>
        </form>
      )}
    </li>
  )
}
