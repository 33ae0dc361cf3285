import { Link } from 'react-router'
import { useTarget } from '../../api/get-target'
import { QueryState } from '../../components/layout/QueryState'
import { StatusBadge } from '../../components/status/StatusBadge'
import { isMonthElapsed, reportableMonths } from '../../domain/periods'
import { formatTargetValue } from '../../lib/target-text'
import { BaselineSeriesEntry } from './BaselineSeriesEntry'
import { ChangeLog } from './ChangeLog'
import { ENTRY_TEXT } from './entry-text'
import { MonthRow } from './MonthRow'

/** The months of one target that can be reported by now, newest first, each editable. */
export function TargetEntry({ id, year, canRestore }: { id: string; year?: number; canRestore: boolean }) {
  const query = useTarget(id, year)
  return (
    <QueryState query={query} loading="正在载入…" error="目标载入失败">
      {({ item, observations, asOf }) => {
        const { target, assessment } = item
        const saved = new Map(observations.map((o) => [o.month, o]))
        const months = reportableMonths(target)
          .filter((m) => isMonthElapsed(m, asOf) || saved.has(m))
          .reverse()
        return (
          <div className="flex flex-col gap-5">
            <header className="flex flex-wrap items-center gap-3">
              <h2 className="font-bold text-xl">
                <Link to={`/targets/${target.id}?year=${target.year}`} className="hover:underline">
                  {target.name}
                </Link>
              </h2>
              <StatusBadge status={assessment.status} />
              <span className="text-slate-600 text-sm">
                目标 {formatTargetValue(target)} · 单位 {target.unit}
              </span>
            </header>
            <ul aria-label={`${target.name}逐月数据`}>
              {months.map((month) => (
                <MonthRow key={month} target={target} month={month} saved={saved.get(month)} />
              ))}
            </ul>
            <BaselineSeriesEntry target={target} saved={saved} />
            <ChangeLog
              targetId={target.id}
              year={target.year}
              canRestore={canRestore}
              versions={new Map(observations.map((o) => [o.month, o.version]))}
            />
            <p className="sr-only">{ENTRY_TEXT.intro}</p>
          </div>
        )
      }}
    </QueryState>
  )
}
