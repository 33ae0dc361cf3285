import { CATEGORIES, type Category } from '../../domain/target'
import { CATEGORY_LABELS } from '../../lib/target-text'
import { OVERVIEW_TEXT } from './overview-text'

interface CategoryFilterProps {
  selected?: Category
  counts: Partial<Record<Category, number>>
  onSelect: (category: Category | undefined) => void
}

export function CategoryFilter({ selected, counts, onSelect }: CategoryFilterProps) {
  const chip = (active: boolean) =>
    `shrink-0 rounded-full px-3 py-1 text-sm ring-1 focus-visible:outline-2 focus-visible:outline-slate-900 ${active ? 'bg-slate-900 text-white ring-slate-900' : 'bg-white text-slate-700 ring-slate-300 hover:ring-slate-500'}`
  return (
    <fieldset className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:px-0">
      <legend className="sr-only">{OVERVIEW_TEXT.categoryFilter}</legend>
      <button type="button" aria-pressed={!selected} className={chip(!selected)} onClick={() => onSelect(undefined)}>
        {OVERVIEW_TEXT.allCategories}
      </button>
      {CATEGORIES.filter((c) => counts[c]).map((c) => (
        <button
          key={c}
          type="button"
          aria-pressed={selected === c}
          className={chip(selected === c)}
          onClick={() => onSelect(selected === c ? undefined : c)}
        >
          {CATEGORY_LABELS[c]} <span className="tabular-nums opacity-70">{counts[c]}</span>
        </button>
      ))}
    </fieldset>
  )
}
