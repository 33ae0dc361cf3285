import { isoDateInChina, pastMonthEnds } from '../../domain/periods'
import { OVERVIEW_TEXT } from './overview-text'

/**
 * Look at the board as it stood at the end of a past month of the plan year (the July meeting
 * reviews 上半年 with 上半年's figures). The choice lives in the URL (`?asOf=`), so a link keeps it.
 */
export function AsOfPicker({
  year,
  asOf,
  onSelect,
}: {
  year: number
  asOf: string | undefined
  onSelect: (date: string | undefined) => void
}) {
  const today = isoDateInChina(new Date())
  const choices = pastMonthEnds(year, today)
  // A date typed into the URL that is not a month end still shows as chosen.
  const options = asOf && !choices.includes(asOf) ? [...choices, asOf] : choices
  return (
    <label className="flex items-center gap-2 text-slate-700 text-sm">
      {OVERVIEW_TEXT.asOfPicker}
      <select
        className="rounded-md border border-slate-300 bg-white px-2 py-1"
        value={asOf ?? ''}
        onChange={(e) => onSelect(e.target.value || undefined)}
      >
        <option value="">{OVERVIEW_TEXT.asOfToday}</option>
        {options.map((date) => (
          <option key={date} value={date}>
            {OVERVIEW_TEXT.asOfMonthEnd(date)}
          </option>
        ))}
      </select>
    </label>
  )
}
