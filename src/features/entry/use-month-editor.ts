import { useEffect, useState } from 'react'
import { ApiError } from '../../api/client'
import { useSaveObservation } from '../../api/save-observation'
import { ConflictBodySchema } from '../../contract/observations'
import type { StoredObservation } from '../../contract/targets'
import { checkObservationInput } from '../../domain/observation-input'
import type { TargetDefinition } from '../../domain/target'
import { parseNumber } from '../../lib/parse-number'
import { ENTRY_TEXT } from './entry-text'

export interface Draft {
  value: string
  ytdAmount: string
  note: string
}

const draftOf = (o: StoredObservation | null | undefined): Draft => ({
  value: o ? String(o.value) : '',
  ytdAmount: o?.ytdAmount === undefined ? '' : String(o.ytdAmount),
  note: o?.note ?? '',
})

const FIELD_NAMES = { value: true, ytdAmount: true, note: true, month: true }

/** Someone saved (or deleted) this month first: what stands now. */
export type Conflict = { current: StoredObservation | null }

/**
 * One month's edit: the draft, field errors (checked here with the same domain rule as the
 * server, then by the server), and the version the edit started from, so a concurrent change
 * comes back as a conflict instead of being overwritten.
 */
export function useMonthEditor(target: TargetDefinition, month: string, saved: StoredObservation | undefined) {
  const save = useSaveObservation()
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState<Draft>(() => draftOf(saved))
  const [baseVersion, setBaseVersion] = useState<number | undefined>(saved?.version)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [conflict, setConflict] = useState<Conflict | null>(null)

  // Someone else saved (or deleted) this month while the form is open: say so at once and keep the
  // draft, rather than waiting for the save to be refused. Our own save closes the form first.
  const savedVersion = saved?.version
  useEffect(() => {
    if (editing && !save.isPending && savedVersion !== baseVersion) setConflict({ current: saved ?? null })
  }, [editing, save.isPending, savedVersion, baseVersion, saved])

  const start = () => {
    setDraft(draftOf(saved))
    setBaseVersion(saved?.version)
    setErrors({})
    setConflict(null)
    setEditing(true)
  }

  const submit = (version = baseVersion) => {
    const value = parseNumber(draft.value)
    const ytdAmount = parseNumber(draft.ytdAmount)
    const problems: Record<string, string> = {}
    if (value === undefined) problems.value = ENTRY_TEXT.valueRequired
    else if (Number.isNaN(value)) problems.value = ENTRY_TEXT.notANumber('数值 (value)')
    if (ytdAmount !== undefined && Number.isNaN(ytdAmount)) problems.ytdAmount = ENTRY_TEXT.notANumber('累计总量 (ytdAmount)')
    if (value !== undefined && !Number.isNaN(value) && Object.keys(problems).length === 0) {
      Object.assign(problems, checkObservationInput(target, month, { value, ytdAmount }))
    }
    setErrors(problems)
    if (Object.keys(problems).length > 0 || value === undefined) return
    const note = draft.note.trim()
    save.mutate(
      {
        targetId: target.id,
        month,
        body: {
          value,
          ...(ytdAmount === undefined ? {} : { ytdAmount }),
          ...(note ? { note } : {}),
          ...(version === undefined ? {} : { version }),
        },
      },
      {
        onSuccess: () => {
          setEditing(false)
          setConflict(null)
        },
        onError: (error) => {
          if (error instanceof ApiError && error.status === 409) {
            const body = ConflictBodySchema.safeParse(error.body)
            setConflict({ current: body.success ? body.data.current : null })
          } else if (error instanceof ApiError && error.fields && Object.keys(error.fields).some((k) => k in FIELD_NAMES))
            setErrors(error.fields)
          // Anything not about one of the form's fields is said above the buttons, never dropped.
          else setErrors({ form: error.message })
        },
      },
    )
  }

  return {
    editing,
    draft,
    errors,
    conflict,
    saving: save.isPending,
    start,
    cancel: () => setEditing(false),
    change: (field: keyof Draft, text: string) => setDraft((d) => ({ ...d, [field]: text })),
    submit: () => submit(),
    /** Continue from what is stored now: its figure, or (deleted) my draft as a new figure. */
    useLatest: () => {
      const current = conflict?.current ?? null
      if (current) setDraft(draftOf(current))
      setBaseVersion(current?.version)
      setConflict(null)
    },
    /** Keep my numbers, saving them over what is stored now (a deliberate, recorded overwrite). */
    overwrite: () => {
      const version = conflict?.current?.version
      setBaseVersion(version)
      setConflict(null)
      submit(version)
    },
  }
}
