import { describe, expect, it } from 'vitest'
import { type HistoryPoint, recovered, statusHistory, streak } from '../../src/domain/history'
import type { Status } from '../../src/domain/status'
import type { Frequency, Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs, series } from './factory'

// 120 a year: 序时进度 is 10 a month, amber down to 12 under it.
const cumulative = makeTarget('cumulative', { value: 120 })
// January 5 (5 under: amber), February–April far under, then caught up.
const CATCHING_UP = series([5, 5, 15, 25, 50, 60])
const pm25 = makeTarget('ceiling', { value: 36 })
const quarterlyGrowth = makeTarget('growth', { value: 5, frequency: 'quarterly' })

describe('statusHistory', () => {
  it.each<{ case: string; target: TargetDefinition; observations: Observation[]; asOf: string; expected: Status[] }>([
    {
      case: 'catching up, as of 15 July (June due that day)',
      target: cumulative,
      observations: CATCHING_UP,
      asOf: '2025-07-15',
      expected: ['atRisk', 'behind', 'behind', 'behind', 'onTrack', 'onTrack'],
    },
    {
      case: 'catching up, as of 15 May (April due that day, May not yet)',
      target: cumulative,
      observations: CATCHING_UP,
      asOf: '2025-05-15',
      expected: ['atRisk', 'behind', 'behind', 'behind'],
    },
    {
      case: "a missing month carries the last figure, read against the missing month's 序时进度",
      target: cumulative,
      observations: [obs('2025-01', 10), obs('2025-03', 22)],
      asOf: '2025-04-15',
      expected: ['onTrack', 'atRisk', 'atRisk'],
    },
    {
      case: 'no figure in January: noData, then the first figure',
      target: cumulative,
      observations: [obs('2025-02', 20)],
      asOf: '2025-03-15',
      expected: ['noData', 'onTrack'],
    },
    {
      case: 'ceiling improving',
      target: pm25,
      observations: series([45, 42, 39, 37.5, 36, 35.5]),
      asOf: '2025-07-15',
      expected: ['behind', 'behind', 'behind', 'atRisk', 'onTrack', 'onTrack'],
    },
    {
      case: 'quarterly: only quarter ends',
      target: quarterlyGrowth,
      observations: [obs('2025-03', 3.8), obs('2025-06', 4.2), obs('2025-09', 5)],
      asOf: '2025-11-23',
      expected: ['behind', 'atRisk', 'onTrack'],
    },
    { case: 'before the first quarter end: empty', target: quarterlyGrowth, observations: [], asOf: '2025-02-15', expected: [] },
    {
      case: 'after the year: twelve months, ending decided',
      target: cumulative,
      observations: series([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120]),
      asOf: '2026-03-01',
      expected: [
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'onTrack',
        'done',
      ],
    },
  ])('$case', ({ target, observations, asOf, expected }) => {
    expect(statusHistory(target, observations, asOf).map((p) => p.status)).toEqual(expected)
  })

  it('labels each point with its month, once its figure is due (上半年 on 20 July)', () => {
    expect(statusHistory(quarterlyGrowth, [], '2025-07-20').map((p) => p.month)).toEqual(['2025-03', '2025-06'])
    expect(statusHistory(quarterlyGrowth, [], '2025-07-19').map((p) => p.month)).toEqual(['2025-03'])
  })
})

const monthly = (statuses: Status[]): HistoryPoint[] =>
  statuses.map((status, i) => ({ month: `2025-${String(i + 1).padStart(2, '0')}`, status }))
const quarterly = (statuses: Status[]): HistoryPoint[] =>
  statuses.map((status, i) => ({ month: `2025-${String(3 * (i + 1)).padStart(2, '0')}`, status }))

describe('streak', () => {
  it.each<{ case: string; history: HistoryPoint[]; frequency?: Frequency; expected: ReturnType<typeof streak> }>([
    {
      case: '连续3个月滞后',
      history: monthly(['onTrack', 'atRisk', 'behind', 'behind', 'behind']),
      expected: { status: 'behind', periods: 3, months: 3, since: '2025-03' },
    },
    {
      case: 'one month of onTrack after trouble',
      history: monthly(['behind', 'behind', 'onTrack']),
      expected: { status: 'onTrack', periods: 1, months: 1, since: '2025-03' },
    },
    {
      case: 'the whole history',
      history: monthly(['atRisk', 'atRisk']),
      expected: { status: 'atRisk', periods: 2, months: 2, since: '2025-01' },
    },
    {
      case: 'quarterly, spacing inferred: two quarters = 6 months',
      history: quarterly(['onTrack', 'behind', 'behind']),
      expected: { status: 'behind', periods: 2, months: 6, since: '2025-06' },
    },
    {
      case: 'quarterly, single point, frequency given',
      history: quarterly(['behind']),
      frequency: 'quarterly',
      expected: { status: 'behind', periods: 1, months: 3, since: '2025-03' },
    },
    { case: 'empty history', history: [], expected: undefined },
  ])('$case', ({ history, frequency, expected }) => {
    expect(streak(history, frequency)).toEqual(expected)
  })
})

describe('recovered', () => {
  it.each<{ case: string; history: HistoryPoint[]; expected: boolean }>([
    { case: 'behind, then onTrack', history: monthly(['behind', 'behind', 'onTrack']), expected: true },
    { case: 'atRisk, then done', history: monthly(['atRisk', 'onTrack', 'done']), expected: true },
    { case: 'always onTrack', history: monthly(['onTrack', 'onTrack']), expected: false },
    { case: 'onTrack, then behind now', history: monthly(['onTrack', 'behind']), expected: false },
    { case: 'noData, then onTrack', history: monthly(['noData', 'onTrack']), expected: false },
    { case: 'a single point', history: monthly(['onTrack']), expected: false },
    { case: 'empty', history: [], expected: false },
  ])('$case → $expected', ({ history, expected }) => {
    expect(recovered(history)).toBe(expected)
  })
})

describe('statusHistory after an early deadline', () => {
  it('stops at the deadline month: a Q1 milestone missed in March is not 连续10个月滞后 in January', () => {
    const q1 = makeTarget('milestone', { value: 1, deadline: '2025-03-31' })
    const history = statusHistory(q1, [obs('2025-03', 0)], '2026-01-20')
    expect(history.map((p) => p.month)).toEqual(['2025-01', '2025-02', '2025-03'])
    expect(history.at(-1)?.status).toBe('behind')
  })
})
