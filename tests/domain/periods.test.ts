import { describe, expect, it } from 'vitest'
import {
  addMonths,
  allowedMonths,
  dueDate,
  dueMonth,
  firstReportableMonth,
  isFinalFigureDue,
  isMonthAllowed,
  isoDateInChina,
  isPlanYearOver,
  lastElapsedMonth,
  monthEnd,
  monthIndex,
  monthsRemaining,
  parseMonth,
  pastMonthEnds,
  periodLabel,
} from '../../src/domain/periods'
import type { Frequency, TargetKind } from '../../src/domain/target'
import { makeTarget } from './factory'

describe('lastElapsedMonth: month M is elapsed once its last day is on or before the as-of date', () => {
  it.each([
    { asOf: '2025-11-23', expected: '2025-10' },
    { asOf: '2025-11-30', expected: '2025-11' },
    { asOf: '2025-12-01', expected: '2025-11' },
    { asOf: '2025-12-31', expected: '2025-12' },
    { asOf: '2025-01-01', expected: '2024-12' },
    { asOf: '2025-02-28', expected: '2025-02' },
    { asOf: '2024-02-28', expected: '2024-01' },
    { asOf: '2024-02-29', expected: '2024-02' },
  ])('as of $asOf → $expected', ({ asOf, expected }) => {
    expect(lastElapsedMonth(asOf)).toBe(expected)
  })
})

describe('allowedMonths by frequency', () => {
  it.each<{ frequency: Frequency; expected: number[] }>([
    { frequency: 'monthly', expected: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    { frequency: 'quarterly', expected: [3, 6, 9, 12] },
    { frequency: 'annual', expected: [12] },
  ])('$frequency → $expected', ({ frequency, expected }) => {
    expect(allowedMonths(frequency)).toEqual(expected)
  })
})

describe('isMonthAllowed', () => {
  it.each<{ case: string; frequency: Frequency; deadline?: string; month: string; expected: boolean }>([
    { case: 'monthly, February', frequency: 'monthly', month: '2025-02', expected: true },
    { case: 'quarterly, February', frequency: 'quarterly', month: '2025-02', expected: false },
    { case: 'quarterly, June', frequency: 'quarterly', month: '2025-06', expected: true },
    { case: 'quarterly, December', frequency: 'quarterly', month: '2025-12', expected: true },
    { case: 'annual, November', frequency: 'annual', month: '2025-11', expected: false },
    { case: 'annual, December', frequency: 'annual', month: '2025-12', expected: true },
    { case: 'another year', frequency: 'monthly', month: '2024-12', expected: false },
    { case: 'malformed month', frequency: 'monthly', month: '2025-13', expected: false },
    { case: 'Q1 milestone, late figure in May', frequency: 'monthly', deadline: '2025-03-31', month: '2025-05', expected: true },
  ])('$case → $expected', ({ frequency, deadline, month, expected }) => {
    expect(isMonthAllowed(makeTarget('cumulative', { frequency, deadline: deadline ?? '2025-12-31' }), month)).toBe(expected)
  })
})

describe('firstReportableMonth', () => {
  it.each<{ frequency: Frequency; expected: string }>([
    { frequency: 'monthly', expected: '2025-01' },
    { frequency: 'quarterly', expected: '2025-03' },
    { frequency: 'annual', expected: '2025-12' },
  ])('$frequency → $expected', ({ frequency, expected }) => {
    expect(firstReportableMonth(makeTarget('growth', { frequency }))).toBe(expected)
  })
})

describe('periodLabel', () => {
  it.each<{ kind: TargetKind; frequency: Frequency; month: string; withYear?: boolean; expected: string }>([
    { kind: 'cumulative', frequency: 'monthly', month: '2025-01', expected: '1月' },
    { kind: 'cumulative', frequency: 'monthly', month: '2025-10', expected: '1-10月' },
    { kind: 'growth', frequency: 'monthly', month: '2025-09', expected: '1-9月' },
    { kind: 'growth', frequency: 'monthly', month: '2025-12', expected: '全年' },
    { kind: 'growth', frequency: 'quarterly', month: '2025-03', expected: '一季度' },
    { kind: 'growth', frequency: 'quarterly', month: '2025-06', expected: '上半年' },
    { kind: 'relative', frequency: 'quarterly', month: '2025-09', expected: '前三季度' },
    { kind: 'milestone', frequency: 'quarterly', month: '2025-12', expected: '全年' },
    { kind: 'growth', frequency: 'annual', month: '2025-12', expected: '全年' },
    { kind: 'level', frequency: 'monthly', month: '2025-10', expected: '10月' },
    { kind: 'ceiling', frequency: 'quarterly', month: '2025-06', expected: '6月' },
    { kind: 'band', frequency: 'monthly', month: '2025-12', expected: '12月' },
    { kind: 'level', frequency: 'annual', month: '2025-12', expected: '全年' },
    { kind: 'level', frequency: 'monthly', month: '2025-10', withYear: true, expected: '2025年10月' },
    { kind: 'cumulative', frequency: 'monthly', month: '2025-10', withYear: true, expected: '2025年1-10月' },
  ])('$kind $frequency $month → $expected', ({ kind, frequency, month, withYear, expected }) => {
    expect(periodLabel(makeTarget(kind, { frequency }), month, { withYear: withYear ?? false })).toBe(expected)
  })
})

describe('monthsRemaining: months after the figure through the deadline month', () => {
  it.each([
    { deadline: '2025-12-31', month: '2025-10', expected: 2 },
    { deadline: '2025-12-31', month: '2025-11', expected: 1 },
    { deadline: '2025-12-31', month: '2025-12', expected: 0 },
    { deadline: '2025-03-31', month: '2025-01', expected: 2 },
    { deadline: '2025-06-30', month: '2025-03', expected: 3 },
    { deadline: '2025-03-31', month: '2025-05', expected: 0 },
  ])('deadline $deadline, figure $month → $expected', ({ deadline, month, expected }) => {
    expect(monthsRemaining({ deadline }, month)).toBe(expected)
  })
})

describe('month arithmetic', () => {
  it.each([
    { case: 'addMonths across a year end', actual: () => addMonths('2025-11', 3), expected: '2026-02' },
    { case: 'addMonths backwards', actual: () => addMonths('2025-01', -1), expected: '2024-12' },
    { case: 'monthIndex in the plan year', actual: () => monthIndex('2025-10', 2025), expected: 10 },
    { case: 'monthIndex of the year before', actual: () => monthIndex('2024-12', 2025), expected: 0 },
    { case: 'monthEnd of February 2025', actual: () => monthEnd('2025-02'), expected: '2025-02-28' },
    { case: 'monthEnd of February 2024', actual: () => monthEnd('2024-02'), expected: '2024-02-29' },
    {
      case: 'China date just after local midnight',
      actual: () => isoDateInChina(new Date('2025-11-22T16:30:00Z')),
      expected: '2025-11-23',
    },
    {
      case: 'China date just before local midnight',
      actual: () => isoDateInChina(new Date('2025-11-22T15:59:00Z')),
      expected: '2025-11-22',
    },
  ])('$case', ({ actual, expected }) => {
    expect(actual()).toBe(expected)
  })

  it.each(['2025-1', '2025-13', '2025-00', 'oct'])('parseMonth rejects %s', (bad) => {
    expect(() => parseMonth(bad)).toThrow(RangeError)
  })
})

describe('periodLabel for a reading averaged from January', () => {
  it.each([
    ['ceiling', 'yearToDate', '2025-10', '1-10月'],
    ['band', 'yearToDate', '2025-01', '1月'],
    ['ceiling', 'month', '2025-10', '10月'],
    ['ceiling', undefined, '2025-10', '10月'],
  ] as const)('%s with reading %s at %s → %s', (kind, reading, month, expected) => {
    expect(periodLabel({ kind, frequency: 'monthly', ...(reading ? { reading } : {}) }, month)).toBe(expected)
  })
})

describe('dueDate and dueMonth: a period is judged only from its due day', () => {
  const monthly = { year: 2025, frequency: 'monthly' as const }
  const quarterly = { year: 2025, frequency: 'quarterly' as const }
  it.each([
    { target: monthly, month: '2025-10', expected: '2025-11-15' },
    { target: monthly, month: '2025-12', expected: '2026-01-15' },
    { target: quarterly, month: '2025-06', expected: '2025-07-20' },
    { target: { year: 2025, frequency: 'annual' as const }, month: '2025-12', expected: '2026-01-20' },
    { target: { ...monthly, dueDay: 31 }, month: '2025-01', expected: '2025-02-28' },
  ])('$target.frequency $month is due on $expected', ({ target, month, expected }) => {
    expect(dueDate(target, month)).toBe(expected)
  })

  it.each([
    { target: monthly, asOf: '2026-01-10', expected: '2025-11' },
    { target: monthly, asOf: '2026-01-15', expected: '2025-12' },
    { target: quarterly, asOf: '2025-07-19', expected: '2025-03' },
    { target: quarterly, asOf: '2025-07-20', expected: '2025-06' },
    { target: monthly, asOf: '2025-02-14', expected: undefined },
  ])('$target.frequency as of $asOf → $expected', ({ target, asOf, expected }) => {
    expect(dueMonth(target, asOf)).toBe(expected)
  })

  it.each([
    { asOf: '2026-01-14', expected: false },
    { asOf: '2026-01-15', expected: true },
  ])('the year-end figure is due as of $asOf: $expected', ({ asOf, expected }) => {
    expect(isFinalFigureDue({ ...monthly, deadline: '2025-12-31' }, asOf)).toBe(expected)
  })

  it('offers the ended months of the plan year to look back to', () => {
    expect(pastMonthEnds(2025, '2025-04-10')).toEqual(['2025-01-31', '2025-02-28', '2025-03-31'])
    expect(pastMonthEnds(2025, '2026-11-24')).toHaveLength(12)
    expect(isPlanYearOver(2025, '2025-12-31')).toBe(false)
    expect(isPlanYearOver(2025, '2026-01-01')).toBe(true)
  })
})
