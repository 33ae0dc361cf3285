import { describe, expect, it } from 'vitest'
import { countOutcomes, type ImportRow, planImport } from '../../src/domain/import-plan'
import type { Observation } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

const jobs = makeTarget('cumulative', { id: 'jobs', plausible: { min: 0, max: 10 } })
const gdp = makeTarget('growth', { id: 'gdp', frequency: 'quarterly' })
const locked = makeTarget('cumulative', { id: 'locked', category: 'ecology' })
const targets = [jobs, gdp, locked]
const stored: (Observation & { version: number })[] = [
  { ...obs('2025-03', 0.8, { targetId: 'jobs' }), version: 1 },
  { ...obs('2025-04', 1.1, { targetId: 'jobs', note: '月报', ytdAmount: 40 }), version: 3 },
]

const plan = (rows: ImportRow[]) =>
  planImport(
    rows,
    (year, id) => targets.find((t) => t.year === year && t.id === id),
    (t, month) => stored.find((o) => o.targetId === t.id && o.month === month) ?? null,
    (t) => t.category === 'economy',
  )

const row = (line: number, targetId: string, month: string, value: number, extra: Partial<ImportRow> = {}): ImportRow => ({
  line,
  targetId,
  month,
  value,
  ...extra,
})

describe('planImport', () => {
  it.each([
    ['a new month', row(2, 'jobs', '2025-05', 1.4), 'create', undefined],
    ['a changed figure', row(2, 'jobs', '2025-03', 0.9), 'update', undefined],
    ['the same figure', row(2, 'jobs', '2025-03', 0.8), 'unchanged', undefined],
    ['the same figure with a new note', row(2, 'jobs', '2025-04', 1.1, { note: '更正' }), 'update', undefined],
    ['the same figure and note', row(2, 'jobs', '2025-04', 1.1, { note: '月报' }), 'unchanged', undefined],
    ['the same figure with blank note and amount (kept)', row(2, 'jobs', '2025-04', 1.1), 'unchanged', undefined],
    ['a figure the preview saw at the same version', row(2, 'jobs', '2025-04', 1.2, { expectedVersion: 3 }), 'update', undefined],
    ['a new month the preview saw empty', row(2, 'jobs', '2025-05', 1.4, { expectedVersion: null }), 'create', undefined],
    [
      'a figure changed since the preview',
      row(4, 'jobs', '2025-04', 1.2, { expectedVersion: 2 }),
      'error',
      '第4行（测试目标（cumulative））：预览之后此数据已被他人修改，请重新预览后再导入',
    ],
    [
      'a month entered since the preview',
      row(4, 'jobs', '2025-03', 0.9, { expectedVersion: null }),
      'error',
      '第4行（测试目标（cumulative））：预览之后此数据已被他人修改，请重新预览后再导入',
    ],
    ['an unknown target', row(5, 'nope', '2025-05', 1), 'error', '第5行：2025年没有目标“nope”'],
    ['a malformed month', row(6, 'jobs', '2025/05', 1), 'error', '第6行：月份“2025/05”格式应为 YYYY-MM'],
    ['a month two years before the plan year', row(7, 'jobs', '2023-05', 1), 'error', '第7行：2023年没有目标“jobs”'],
    ["last year's month: the plan year's baseline series (上年同期)", row(7, 'jobs', '2024-05', 1), 'create', undefined],
    ["last year's GDP to date is an amount, not a rate", row(7, 'gdp', '2024-06', 1180), 'create', undefined],
    ["last year's month the frequency does not report", row(7, 'gdp', '2024-05', 1180), 'error', '第7行：2024年没有目标“gdp”'],
    [
      'a month the frequency does not report',
      row(8, 'gdp', '2025-05', 5),
      'error',
      '第8行（测试目标（growth））：该指标按3、6、9、12月报送，月份 (month) 不能是 2025-05',
    ],
    [
      'a value out of range',
      row(9, 'jobs', '2025-05', 40),
      'error',
      '第9行（测试目标（cumulative））：数值 (value) 40 超出合理范围 0～10万人，请核对单位和小数点',
    ],
    ['a target outside the user’s scope', row(10, 'locked', '2025-05', 1), 'error', '第10行：无权修改“测试目标（cumulative）”'],
  ])('%s → %s', (_case, r, outcome, message) => {
    const [planned] = plan([r])
    expect(planned?.outcome).toBe(outcome)
    expect(planned?.message).toBe(message)
  })

  it('keeps a stored note and amount the sheet leaves blank', () => {
    expect(plan([row(2, 'jobs', '2025-04', 1.3)])[0]?.input).toEqual({ value: 1.3, ytdAmount: 40, note: '月报' })
  })

  it('keeps what an update replaces, for the preview and the audit', () => {
    expect(plan([row(2, 'jobs', '2025-03', 0.9)])[0]?.previous).toMatchObject({ month: '2025-03', value: 0.8 })
  })

  it('refuses every row of a target and month that appears twice, naming the others', () => {
    const planned = plan([row(2, 'jobs', '2025-05', 1.4), row(3, 'jobs', '2025-06', 1.5), row(4, 'jobs', '2025-05', 1.5)])
    expect(planned.map((p) => p.outcome)).toEqual(['error', 'create', 'error'])
    expect(planned[0]?.message).toBe('第2行：与第4行是同一目标同一月份，请只保留一行')
    expect(planned[2]?.message).toBe('第4行：与第2行是同一目标同一月份，请只保留一行')
    expect(countOutcomes(planned)).toEqual({ create: 1, update: 0, unchanged: 0, error: 2 })
  })
})
