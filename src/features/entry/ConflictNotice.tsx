import { formatDateTime, formatNumber } from '../../lib/format'
import { ENTRY_TEXT } from './entry-text'
import type { Conflict } from './use-month-editor'

/** Someone saved first: say who, when and what, and let the user choose; nothing is overwritten silently. */
export function ConflictNotice({
  conflict,
  onUseLatest,
  onOverwrite,
}: {
  conflict: Conflict
  onUseLatest: () => void
  onOverwrite: () => void
}) {
  const { current } = conflict
  return (
    <div role="alert" className="flex flex-col gap-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 text-sm">
      <p>
        {current
          ? ENTRY_TEXT.conflictChanged(current.updatedBy, formatDateTime(current.updatedAt), formatNumber(current.value))
          : ENTRY_TEXT.conflictDeleted}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" onClick={onUseLatest} className="rounded-md bg-white px-3 py-1 ring-1 ring-amber-500">
          {current ? ENTRY_TEXT.useLatest : ENTRY_TEXT.recreate}
        </button>
        {current && (
          <button type="button" onClick={onOverwrite} className="rounded-md bg-amber-600 px-3 py-1 text-white">
            {ENTRY_TEXT.overwrite}
          </button>
        )}
      </div>
    </div>
  )
}
