import { useAudit } from '../../api/get-audit'
import { useRestoreAudit } from '../../api/restore-audit'
import { FormAlert } from '../../components/form/FormAlert'
import type { AuditEntry } from '../../contract/observations'
import { formatDateTime, formatMonthLabel, formatNumber } from '../../lib/format'
import { ENTRY_TEXT } from './entry-text'

const valueText = (v: AuditEntry['oldValue']) => (v ? formatNumber(v.value) : '—')

/** Who changed this target's figures, from what to what; an admin can undo a change. */
interface ChangeLogProps {
  targetId: string
  year: number
  canRestore: boolean
  /** The version of each month's figure as the page shows it, so an undo never overwrites a newer one unseen. */
  versions: Map<string, number>
}

export function ChangeLog({ targetId, year, canRestore, versions }: ChangeLogProps) {
  const audit = useAudit({ targetId, year, limit: 50 })
  const restore = useRestoreAudit()
  const entries = audit.data?.entries ?? []
  return (
    <section aria-label={ENTRY_TEXT.log}>
      <h2 className="mb-2 font-bold">{ENTRY_TEXT.log}</h2>
      {audit.isError ? (
        <FormAlert message={`${ENTRY_TEXT.logError}：${audit.error.message}`} />
      ) : entries.length === 0 ? (
        <p className="text-slate-500 text-sm">{ENTRY_TEXT.logEmpty}</p>
      ) : (
        <ol className="flex flex-col gap-1 text-sm">
          {entries.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center gap-x-3 border-slate-100 border-b py-1.5">
              <span className="text-slate-500 tabular-nums">{formatDateTime(e.at)}</span>
              <span>{e.actor}</span>
              <span className="font-medium">{ENTRY_TEXT.actions[e.action]}</span>
              <span>{formatMonthLabel(e.month)}</span>
              <span className="tabular-nums">
                {valueText(e.oldValue)} → {valueText(e.newValue)}
              </span>
              {canRestore && (
                <button
                  type="button"
                  disabled={restore.isPending}
                  onClick={() =>
                    window.confirm(
                      ENTRY_TEXT.confirmRestore(formatMonthLabel(e.month), e.oldValue ? formatNumber(e.oldValue.value) : '未填报'),
                    ) && restore.mutate({ id: e.id, expectedVersion: versions.get(e.month) ?? null })
                  }
                  className="ml-auto rounded px-2 py-0.5 text-blue-800 text-xs ring-1 ring-blue-300"
                  aria-label={`${ENTRY_TEXT.restore}：${formatMonthLabel(e.month)} ${valueText(e.oldValue)} → ${valueText(e.newValue)}`}
                >
                  {ENTRY_TEXT.restore}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <FormAlert message={restore.error?.message} className="mt-2" />
    </section>
  )
}
