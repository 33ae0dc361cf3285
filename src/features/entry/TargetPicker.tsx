import { useState } from 'react'
import { StatusBadge } from '../../components/status/StatusBadge'
import type { TargetWithStatus } from '../../contract/targets'
import { CATEGORY_LABELS } from '../../lib/target-text'
import { ENTRY_TEXT } from './entry-text'

interface TargetPickerProps {
  items: TargetWithStatus[]
  selected?: string
  onSelect: (id: string) => void
}

/** The targets this user may edit, searchable, each with its status. */
export function TargetPicker({ items, selected, onSelect }: TargetPickerProps) {
  const [query, setQuery] = useState('')
  const shown = items.filter(
    (i) => !query || i.target.name.includes(query.trim()) || CATEGORY_LABELS[i.target.category].includes(query.trim()),
  )
  return (
    <nav aria-label={ENTRY_TEXT.pick} className="flex flex-col gap-2">
      <input
        type="search"
        aria-label={ENTRY_TEXT.search}
        placeholder={ENTRY_TEXT.search}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        className="rounded-md border border-slate-300 px-3 py-1.5"
      />
      {shown.length === 0 && <p className="text-slate-500 text-sm">{ENTRY_TEXT.noTargets}</p>}
      <ul className="flex max-h-[70vh] flex-col overflow-y-auto">
        {shown.map(({ target, assessment }) => (
          <li key={target.id}>
            <button
              type="button"
              aria-current={selected === target.id ? 'true' : undefined}
              onClick={() => onSelect(target.id)}
              className={`flex w-full items-center justify-between gap-2 rounded-md px-2 py-1.5 text-left text-sm ${selected === target.id ? 'bg-slate-900 text-white' : 'hover:bg-slate-100'}`}
            >
              <span>
                <span className="block">{target.name}</span>
                <span className={`text-xs ${selected === target.id ? 'text-slate-300' : 'text-slate-500'}`}>
                  {CATEGORY_LABELS[target.category]}
                </span>
              </span>
              <StatusBadge status={assessment.status} />
            </button>
          </li>
        ))}
      </ul>
    </nav>
  )
}
