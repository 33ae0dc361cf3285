import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

// 续建项目一季度全部复工: 120 projects by 31 March; 序时进度 runs January–March.
const q1 = (overrides: Partial<TargetDefinition> = {}) => makeTarget('milestone', { value: 120, deadline: '2025-03-31', ...overrides })
// 新开工重点项目上半年全部开工: 200 projects by 30 June.
const h1 = makeTarget('milestone', { value: 200, deadline: '2025-06-30' })
// 平舒铁路二期建成: one item, done or not done, by year end.
const railway = makeTarget('milestone', { value: 1 })
// 44项一泓清水入黄河工程全部完工: by year end.
const yellowRiver = makeTarget('milestone', { value: 44 })

describe('assess: milestone', () => {
  it.each<{
    case: string
    target?: TargetDefinition
    observations: Observation[]
    asOf: string
    expected: Status
    expectedShare?: number
    missed?: boolean
  }>([
    {
      case: 'Q1: a third in January, on 序时进度',
      observations: [obs('2025-01', 40)],
      asOf: '2025-02-10',
      expected: 'onTrack',
      expectedShare: 1 / 3,
    },
    {
      case: 'Q1: 70 of 120 by February (8.3 points under)',
      observations: [obs('2025-02', 70)],
      asOf: '2025-03-05',
      expected: 'atRisk',
      expectedShare: 2 / 3,
    },
    {
      case: 'Q1: 60 of 120 by February (16.7 points under)',
      observations: [obs('2025-02', 60)],
      asOf: '2025-03-05',
      expected: 'behind',
      expectedShare: 2 / 3,
    },
    { case: 'Q1: all 120 by March', observations: [obs('2025-03', 120)], asOf: '2025-04-02', expected: 'done', expectedShare: 1 },
    {
      case: "Q1: 119 of 120 in March's figure, read on the deadline day",
      observations: [obs('2025-03', 119)],
      asOf: '2025-03-31',
      expected: 'behind',
      missed: true,
    },
    {
      case: 'Q1: 100 of 120 by February, read on the deadline day',
      observations: [obs('2025-02', 100)],
      asOf: '2025-03-31',
      expected: 'onTrack',
      missed: false,
    },
    { case: 'Q1: 110 of 120, deadline passed', observations: [obs('2025-03', 110)], asOf: '2025-04-02', expected: 'behind', missed: true },
    {
      case: 'Q1: finished late, in May: 逾期完成',
      observations: [obs('2025-03', 110), obs('2025-05', 120)],
      asOf: '2025-06-01',
      expected: 'lateDone',
    },
    {
      case: 'Q1: finished in March, seen in May: on time',
      observations: [obs('2025-03', 120), obs('2025-05', 120)],
      asOf: '2025-06-01',
      expected: 'done',
    },
    {
      case: 'Q1: 1 April, March not due yet (no 滞后 from the 1st)',
      observations: [obs('2025-02', 70)],
      asOf: '2025-04-01',
      expected: 'atRisk',
    },
    { case: 'Q1: not yet due in January', observations: [], asOf: '2025-01-20', expected: 'notDue' },
    {
      case: 'Q1 quarterly: not yet due on 20 March',
      target: q1({ frequency: 'quarterly' }),
      observations: [],
      asOf: '2025-03-20',
      expected: 'notDue',
    },
    {
      case: 'Q1 quarterly: 一季度 due on 20 April and missing: unreported',
      target: q1({ frequency: 'quarterly' }),
      observations: [],
      asOf: '2025-04-20',
      expected: 'unreported',
    },
    {
      case: 'H1: half by March, on 序时进度',
      target: h1,
      observations: [obs('2025-03', 100)],
      asOf: '2025-04-10',
      expected: 'onTrack',
      expectedShare: 0.5,
    },
    {
      case: 'H1: 85 of 200 by March (7.5 points under)',
      target: h1,
      observations: [obs('2025-03', 85)],
      asOf: '2025-04-10',
      expected: 'atRisk',
    },
    {
      case: 'H1: 79 of 200 by March (10.5 points under)',
      target: h1,
      observations: [obs('2025-03', 79)],
      asOf: '2025-04-10',
      expected: 'behind',
    },
    {
      case: 'year end: 40 of 44 in October is ahead',
      target: yellowRiver,
      observations: [obs('2025-10', 40)],
      asOf: '2025-11-23',
      expected: 'onTrack',
    },
    { case: 'year end: month 12, all 44', target: yellowRiver, observations: [obs('2025-12', 44)], asOf: '2026-01-05', expected: 'done' },
    {
      case: 'done / not done: done',
      target: makeTarget('milestone', { value: 1 }),
      observations: [obs('2025-09', 1)],
      asOf: '2025-10-01',
      expected: 'done',
    },
    {
      case: 'single item, not done in October: nothing due before December',
      target: railway,
      observations: [obs('2025-10', 0)],
      asOf: '2025-11-23',
      expected: 'onTrack',
      expectedShare: 0,
    },
    {
      case: 'single item, not done in month 12: missed',
      target: railway,
      observations: [obs('2025-12', 0)],
      asOf: '2026-01-05',
      expected: 'behind',
      expectedShare: 1,
      missed: true,
    },
    {
      case: 'single item with its own monthly pacing: 0 in October',
      target: makeTarget('milestone', { value: 1, pacing: { mode: 'monthly' } }),
      observations: [obs('2025-10', 0)],
      asOf: '2025-11-23',
      expected: 'behind',
      expectedShare: 10 / 12,
    },
  ])('$case → $expected', ({ target, observations, asOf, expected, expectedShare, missed }) => {
    const a = assess(target ?? q1(), observations, asOf)
    expect(a.status).toBe(expected)
    if (expectedShare !== undefined) expect(a.expectedShare).toBeCloseTo(expectedShare, 10)
    if (missed !== undefined) expect(a.pace).toMatchObject({ kind: 'amount', missed })
  })
})
