import { useTargets } from '../../api/get-targets'
import { QueryState } from '../../components/layout/QueryState'
import { SampleBanner } from '../../components/layout/SampleBanner'
import { isPlanYearOver } from '../../domain/periods'
import { countByStatus } from '../../domain/summary'
import { CATEGORIES, type Category } from '../../domain/target'
import { CATEGORY_LABELS } from '../../lib/target-text'
import { AsOfPicker } from './AsOfPicker'
import { CategoryFilter } from './CategoryFilter'
import { OVERVIEW_TEXT } from './overview-text'
import { SummaryStrip } from './SummaryStrip'
import { TargetGrid } from './TargetGrid'
import { useOverviewFilters } from './use-overview-filters'

export function OverviewPage() {
  const filters = useOverviewFilters()
  const query = useTargets(filters.year, filters.asOf)

  return (
    <QueryState query={query} loading={OVERVIEW_TEXT.loading} error={OVERVIEW_TEXT.loadError}>
      {(data) => {
        const closed = isPlanYearOver(data.year, data.asOf)
        const inCategory = data.targets.filter((t) => !filters.category || t.target.category === filters.category)
        const shown = inCategory.filter((t) => !filters.status || t.assessment.status === filters.status)
        const categoryCounts: Partial<Record<Category, number>> = {}
        for (const t of data.targets) categoryCounts[t.target.category] = (categoryCounts[t.target.category] ?? 0) + 1
        const sections = CATEGORIES.map((c) => ({ category: c, items: shown.filter((t) => t.target.category === c) })).filter(
          (s) => s.items.length > 0,
        )
        return (
          <div className="flex flex-col gap-4">
            <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-2">
              <h1 className="font-bold text-2xl">{closed ? OVERVIEW_TEXT.outcomeTitle(data.year) : OVERVIEW_TEXT.title(data.year)}</h1>
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <p className="text-slate-600 text-sm">
                  {OVERVIEW_TEXT.total(data.targets.length)} · {OVERVIEW_TEXT.asOf(data.asOf)}
                </p>
                <AsOfPicker year={data.year} asOf={filters.asOf} onSelect={filters.setAsOf} />
              </div>
            </div>
            {data.sample && <SampleBanner text={OVERVIEW_TEXT.sampleBanner} />}
            {filters.asOf && (
              <p
                role="note"
                className="flex flex-wrap items-center gap-x-3 rounded-lg bg-sky-50 px-3 py-2 text-sky-900 text-sm ring-1 ring-sky-200"
              >
                {OVERVIEW_TEXT.pastView(data.asOf)}
                <button type="button" className="font-medium underline" onClick={() => filters.setAsOf(undefined)}>
                  {OVERVIEW_TEXT.backToToday}
                </button>
              </p>
            )}
            {closed && <p className="rounded-lg bg-slate-100 px-3 py-2 text-slate-800 text-sm">{OVERVIEW_TEXT.yearClosed(data.year)}</p>}
            <SummaryStrip
              counts={countByStatus(inCategory.map((t) => t.assessment))}
              selected={filters.status}
              onSelect={filters.setStatus}
            />
            <CategoryFilter selected={filters.category} counts={categoryCounts} onSelect={filters.setCategory} />
            {sections.length === 0 ? (
              <div className="rounded-xl bg-white p-8 text-center text-slate-600">
                <p>{OVERVIEW_TEXT.empty}</p>
                <button type="button" className="mt-3 rounded-md bg-slate-900 px-3 py-1.5 text-sm text-white" onClick={filters.clear}>
                  {OVERVIEW_TEXT.clearFilters}
                </button>
              </div>
            ) : (
              sections.map((s) => <TargetGrid key={s.category} title={CATEGORY_LABELS[s.category]} items={s.items} />)
            )}
          </div>
        )
      }}
    </QueryState>
  )
}
