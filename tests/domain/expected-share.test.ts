import { describe, expect, it } from 'vitest'
import { expectedShareAtMonthEnd } from '../../src/domain/expected-share'
import type { Pacing, TargetKind } from '../../src/domain/target'
import { makeTarget } from './factory'

const PROFILE = [0.05, 0.1, 0.2, 0.28, 0.36, 0.5, 0.58, 0.66, 0.75, 0.84, 0.92, 1]
const monthly: Pacing = { mode: 'monthly' }
const daily: Pacing = { mode: 'daily' }
const seasonal: Pacing = { mode: 'seasonal', profile: PROFILE }

describe('序时进度 at the end of a month', () => {
  it.each<{
    case: string
    kind?: TargetKind
    value?: number
    pacing?: Pacing
    year?: number
    deadline?: string
    month: string
    expected: number
  }>([
    { case: 'default is monthly: January', month: '2025-01', expected: 1 / 12 },
    { case: 'monthly: October', pacing: monthly, month: '2025-10', expected: 10 / 12 },
    { case: 'monthly: month 12', pacing: monthly, month: '2025-12', expected: 1 },
    { case: 'monthly: before the year', pacing: monthly, month: '2024-12', expected: 0 },
    { case: 'Q1 milestone: January is a third', deadline: '2025-03-31', month: '2025-01', expected: 1 / 3 },
    { case: 'Q1 milestone: March is all', deadline: '2025-03-31', month: '2025-03', expected: 1 },
    { case: 'Q1 milestone: after the deadline stays 1', deadline: '2025-03-31', month: '2025-05', expected: 1 },
    { case: 'H1 milestone: March is half', deadline: '2025-06-30', month: '2025-03', expected: 0.5 },
    { case: 'daily: end of February 2025 = 59/365', pacing: daily, month: '2025-02', expected: 59 / 365 },
    { case: 'daily: end of October 2025 = 304/365', pacing: daily, month: '2025-10', expected: 304 / 365 },
    {
      case: 'daily: leap year February 2024 = 60/366',
      pacing: daily,
      year: 2024,
      deadline: '2024-12-31',
      month: '2024-02',
      expected: 60 / 366,
    },
    { case: 'daily: H1, end of March = 90/181', pacing: daily, deadline: '2025-06-30', month: '2025-03', expected: 90 / 181 },
    { case: 'daily: month 12', pacing: daily, month: '2025-12', expected: 1 },
    { case: 'seasonal: October from the profile', pacing: seasonal, month: '2025-10', expected: 0.84 },
    { case: 'seasonal: February from the profile', pacing: seasonal, month: '2025-02', expected: 0.1 },
    { case: 'seasonal, H1 deadline: March 0.2 ÷ 0.5', pacing: seasonal, deadline: '2025-06-30', month: '2025-03', expected: 0.4 },
    { case: 'seasonal, short profile falls back to m/12', pacing: { mode: 'seasonal', profile: [0.1] }, month: '2025-06', expected: 0.5 },
    {
      case: 'single done/not-done milestone: nothing before the deadline month',
      kind: 'milestone',
      value: 1,
      month: '2025-11',
      expected: 0,
    },
    { case: 'single done/not-done milestone: all at the deadline month', kind: 'milestone', value: 1, month: '2025-12', expected: 1 },
    { case: 'milestone of 44 items: monthly', kind: 'milestone', value: 44, month: '2025-11', expected: 11 / 12 },
  ])('$case → $expected', ({ kind, value, pacing, year, deadline, month, expected }) => {
    const target = makeTarget(kind ?? 'cumulative', { value: value ?? 100, pacing, year: year ?? 2025, deadline: deadline ?? '2025-12-31' })
    expect(expectedShareAtMonthEnd(target, month)).toBeCloseTo(expected, 10)
  })
})
