import { useSearchParams } from 'react-router'
import { STATUSES, type Status } from '../../domain/status'
import { CATEGORIES, type Category } from '../../domain/target'

const pick = <T extends string>(allowed: readonly T[], value: string | null): T | undefined => allowed.find((a) => a === value)

/** Category, status and as-of date live in the URL, so a copied link shows the same view. */
export function useOverviewFilters() {
  const [params, setParams] = useSearchParams()
  const category = pick<Category>(CATEGORIES, params.get('category'))
  const status = pick<Status>(STATUSES, params.get('status'))
  const year = Number(params.get('year')) || undefined
  const rawAsOf = params.get('asOf') ?? undefined
  // A malformed date is left to the server, which answers with a clear 400.
  const asOf = rawAsOf && rawAsOf.trim() !== '' ? rawAsOf : undefined

  const set = (key: 'category' | 'status' | 'asOf', value: string | undefined) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value) next.set(key, value)
        else next.delete(key)
        return next
      },
      { replace: true },
    )

  return {
    year,
    asOf,
    category,
    status,
    setCategory: (c: Category | undefined) => set('category', c),
    setStatus: (s: Status | undefined) => set('status', s),
    setAsOf: (date: string | undefined) => set('asOf', date),
    clear: () => setParams(year ? { year: String(year) } : {}, { replace: true }),
  }
}
