import { describe, expect, it } from 'vitest'
import { assess } from '../../src/domain/assess'
import type { Status } from '../../src/domain/status'
import type { Observation, TargetDefinition } from '../../src/domain/target'
import { makeTarget, obs } from './factory'

// 城镇居民收入增长与经济增长基本同步 (±0.5 pp) and 农村居民收入增长高于经济增长, against GDP growth.
const urban = makeTarget('relative', { comparator: 'inSync', tolerance: 0.5, referenceId: 'gdp', frequency: 'quarterly', value: 0 })
const rural = makeTarget('relative', { comparator: 'above', referenceId: 'gdp', frequency: 'quarterly', value: 0 })
const gdp = (month: string, value: number) => obs(month, value, { targetId: 'gdp' })
const GDP = [gdp('2025-03', 5.4), gdp('2025-06', 5), gdp('2025-09', 5.2)]

describe('assess: relative', () => {
  it.each<{
    case: string
    target: TargetDefinition
    observations: Observation[]
    reference?: Observation[]
    asOf: string
    expected: Status
    gapPp?: number
    referenceMonth?: string
  }>([
    {
      case: '同步: equal to GDP',
      target: urban,
      observations: [obs('2025-09', 5.2)],
      asOf: '2025-10-20',
      expected: 'onTrack',
      gapPp: 0,
      referenceMonth: '2025-09',
    },
    {
      case: '同步: 0.5 pp under (edge)',
      target: urban,
      observations: [obs('2025-09', 4.7)],
      asOf: '2025-10-20',
      expected: 'onTrack',
      gapPp: -0.5,
    },
    { case: '同步: 0.6 pp under', target: urban, observations: [obs('2025-09', 4.6)], asOf: '2025-10-20', expected: 'atRisk', gapPp: -0.6 },
    {
      case: '同步: 1.0 pp under (amber edge)',
      target: urban,
      observations: [obs('2025-09', 4.2)],
      asOf: '2025-10-20',
      expected: 'atRisk',
      gapPp: -1,
    },
    { case: '同步: 1.1 pp under', target: urban, observations: [obs('2025-09', 4.1)], asOf: '2025-10-20', expected: 'behind', gapPp: -1.1 },
    {
      case: '同步: 1.3 pp above is still good',
      target: urban,
      observations: [obs('2025-09', 6.5)],
      asOf: '2025-10-20',
      expected: 'onTrack',
      gapPp: 1.3,
    },
    {
      case: '同步 with default tolerance (0.5 pp)',
      target: { ...urban, tolerance: undefined },
      observations: [obs('2025-09', 4.6)],
      asOf: '2025-10-20',
      expected: 'atRisk',
      gapPp: -0.6,
    },
    { case: '高于: 0.1 pp above', target: rural, observations: [obs('2025-09', 5.3)], asOf: '2025-10-20', expected: 'onTrack', gapPp: 0.1 },
    {
      case: '高于: equal is not above',
      target: rural,
      observations: [obs('2025-09', 5.2)],
      asOf: '2025-10-20',
      expected: 'atRisk',
      gapPp: 0,
    },
    {
      case: '高于: 1 pp under (amber edge)',
      target: rural,
      observations: [obs('2025-09', 4.2)],
      asOf: '2025-10-20',
      expected: 'atRisk',
      gapPp: -1,
    },
    { case: '高于: 1.1 pp under', target: rural, observations: [obs('2025-09', 4.1)], asOf: '2025-10-20', expected: 'behind', gapPp: -1.1 },
    {
      case: 'same month compared: June with June',
      target: rural,
      observations: [obs('2025-06', 5.1)],
      asOf: '2025-10-20',
      expected: 'onTrack',
      gapPp: 0.1,
      referenceMonth: '2025-06',
    },
    {
      case: 'GDP not out yet for September: compared with June',
      target: rural,
      observations: [obs('2025-09', 5.1)],
      reference: GDP.slice(0, 2),
      asOf: '2025-10-20',
      expected: 'onTrack',
      gapPp: 0.1,
      referenceMonth: '2025-06',
    },
    {
      case: 'no reference figure',
      target: rural,
      observations: [obs('2025-09', 5.1)],
      reference: [],
      asOf: '2025-10-20',
      expected: 'noData',
    },
    {
      case: 'reference only after the figure',
      target: rural,
      observations: [obs('2025-03', 5.1)],
      reference: [gdp('2025-06', 5)],
      asOf: '2025-10-20',
      expected: 'noData',
    },
    { case: 'no own figure', target: urban, observations: [], asOf: '2025-10-20', expected: 'noData' },
    { case: 'not yet due', target: urban, observations: [], asOf: '2025-03-15', expected: 'notDue' },
    {
      case: 'month 12 above: done',
      target: rural,
      observations: [obs('2025-12', 5.6)],
      reference: [...GDP, gdp('2025-12', 5.3)],
      asOf: '2026-01-25',
      expected: 'done',
      gapPp: 0.3,
    },
    {
      case: 'month 12 in sync but below: missed',
      target: rural,
      observations: [obs('2025-12', 5.2)],
      reference: [...GDP, gdp('2025-12', 5.3)],
      asOf: '2026-01-25',
      expected: 'behind',
      gapPp: -0.1,
    },
    {
      case: 'month 12 above, GDP for December not out yet: not decided',
      target: rural,
      observations: [obs('2025-12', 5.6)],
      asOf: '2026-01-10',
      expected: 'onTrack',
      gapPp: 0.4,
      referenceMonth: '2025-09',
    },
  ])('$case → $expected', ({ target, observations, reference, asOf, expected, gapPp, referenceMonth }) => {
    const a = assess(target, observations, asOf, { reference: reference ?? GDP })
    expect(a.status).toBe(expected)
    if (gapPp !== undefined) expect(a.gapPp).toBeCloseTo(gapPp, 10)
    if (referenceMonth !== undefined) expect(a.reference).toMatchObject({ targetId: 'gdp', month: referenceMonth })
    if (expected === 'noData') expect(a.reference).toBeUndefined()
  })
})
