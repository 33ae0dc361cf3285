import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import type { StoredObservation } from '../../contract/targets'
import { baselineSeries } from '../../domain/baseline-series'
import { expectedShareAtMonthEnd } from '../../domain/expected-share'
import { reportableMonths } from '../../domain/periods'
import type { TargetDefinition } from '../../domain/target'
import { formatNumber } from '../../lib/format'
import { DETAIL_TEXT } from './detail-text'

const isAmountToDate = (t: TargetDefinition) => t.kind === 'cumulative' || t.kind === 'milestone'

/**
 * The figures month by month against the target; for amounts to date, also against 序时进度
 * (the amount that keeps pace with the share of the period gone).
 */
export function ProgressChart({ target, observations }: { target: TargetDefinition; observations: StoredObservation[] }) {
  const byMonth = new Map(observations.map((o) => [o.month, o.value]))
  // Last year's series, where entered, shapes 序时进度 exactly as the verdict does.
  const series = baselineSeries(target, observations)
  const data = reportableMonths(target).map((month) => ({
    label: `${Number(month.slice(5))}月`,
    actual: byMonth.get(month),
    expected: isAmountToDate(target) ? Math.round(target.value * expectedShareAtMonthEnd(target, month, series) * 100) / 100 : undefined,
  }))
  const unit = target.unit
  return (
    <figure aria-label={`${target.name}${DETAIL_TEXT.chart}`} className="h-72 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e2e8f0" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} />
          <YAxis tick={{ fontSize: 12 }} width={56} tickFormatter={(v: number) => formatNumber(v)} />
          <Tooltip formatter={(v) => `${formatNumber(Number(v))}${unit}`} />
          <Legend />
          {isAmountToDate(target) ? (
            <Bar dataKey="actual" name={DETAIL_TEXT.actual} fill="#1d4ed8" radius={[3, 3, 0, 0]} isAnimationActive={false} />
          ) : (
            <Line dataKey="actual" name={DETAIL_TEXT.actual} stroke="#1d4ed8" strokeWidth={2.5} connectNulls isAnimationActive={false} />
          )}
          {isAmountToDate(target) && (
            <Line
              dataKey="expected"
              name={DETAIL_TEXT.expectedLine}
              stroke="#0f172a"
              strokeDasharray="5 4"
              dot={false}
              isAnimationActive={false}
            />
          )}
          {target.kind !== 'relative' && (
            <ReferenceLine
              y={target.value}
              // Keep the target in view even when every figure is far from it (a growth rate under its line).
              ifOverflow="extendDomain"
              stroke="#b91c1c"
              strokeDasharray="3 3"
              label={{
                value: `${DETAIL_TEXT.targetLine} ${formatNumber(target.value)}${unit}`,
                position: 'insideTopRight',
                fontSize: 12,
                fill: '#b91c1c',
              }}
            />
          )}
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  )
}
