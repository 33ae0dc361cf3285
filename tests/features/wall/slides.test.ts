import { describe, expect, it } from 'vitest'
import type { TargetWithStatus } from '../../../src/contract/targets'
import type { Status } from '../../../src/domain/status'
import { attentionOrder } from '../../../src/domain/summary'
import type { Category, TargetKind } from '../../../src/domain/target'
import { dataPeriod, isStale, STALE_AFTER_MS } from '../../../src/features/wall/freshness'
import {
  buildSlides,
  DEFAULT_INTERVAL_S,
  intervalMs,
  nextSlide,
  paginate,
  pinnedPage,
  type Slide,
  slideAt,
} from '../../../src/features/wall/slides'
import { makeTarget } from '../../domain/factory'

interface ItemSpec {
  id: string
  status?: Status
  category?: Category
  kind?: TargetKind
  value?: number
  headline?: boolean
  lagPoints?: number
  gapPp?: number
  gap?: number
  month?: string
  periodLabel?: string
}

/** A target with just the assessment figures a row is about. */
function item(spec: ItemSpec): TargetWithStatus {
  const { id, status = 'onTrack', category = 'economy', kind = 'cumulative', value = 100, headline, month, periodLabel, ...figures } = spec
  return {
    target: makeTarget(kind, { id, name: id, category, value, headline }),
    latest: month ? { targetId: id, month, value: 1, updatedBy: 'x', updatedAt: '2025-11-01T00:00:00Z', version: 1 } : null,
    assessment: { status, recovered: false, periodLabel, ...figures },
  }
}

const ids = (items: readonly TargetWithStatus[]) => items.map((i) => i.target.id)
const shape = (slides: Slide[]) =>
  slides.map((s) =>
    s.kind === 'summary' ? 'summary' : `${s.kind === 'category' ? s.category : 'attention'} ${s.part}/${s.parts}:${s.items.length}`,
  )
const many = (n: number, spec: Omit<ItemSpec, 'id'> = {}) => Array.from({ length: n }, (_, i) => item({ id: `t${i}`, ...spec }))

describe('paginate', () => {
  it.each([
    [0, 9, []],
    [1, 9, [1]],
    [9, 9, [9]],
    [10, 9, [5, 5]],
    [11, 9, [6, 5]],
    [18, 9, [9, 9]],
    [19, 9, [7, 6, 6]],
    [19, 8, [7, 6, 6]],
    [3, 1, [1, 1, 1]],
  ])('%i items at %i a page → %j', (n, capacity, sizes) => {
    expect(
      paginate(
        Array.from({ length: n }, (_, i) => i),
        capacity,
      ).map((p) => p.length),
    ).toEqual(sizes)
  })

  it('keeps the order across pages', () => {
    expect(paginate([1, 2, 3, 4, 5], 3)).toEqual([
      [1, 2, 3],
      [4, 5],
    ])
  })
})

describe('buildSlides', () => {
  const capacity = { attention: 2, category: 3 }

  it.each<[string, TargetWithStatus[], string[]]>([
    ['no targets: the summary and an empty attention page', [], ['summary', 'attention 1/1:0']],
    [
      'empty categories are skipped, categories in catalog order',
      [item({ id: 'a', category: 'ecology' }), item({ id: 'b', category: 'economy' })],
      ['summary', 'attention 1/1:0', 'economy 1/1:1', 'ecology 1/1:1'],
    ],
    ['a category exactly at capacity is one page', many(3), ['summary', 'attention 1/1:0', 'economy 1/1:3']],
    ['one over capacity is two even pages', many(4), ['summary', 'attention 1/1:0', 'economy 1/2:2', 'economy 2/2:2']],
    [
      'attention pages by its own capacity',
      many(5, { status: 'behind', lagPoints: -0.2 }),
      ['summary', 'attention 1/3:2', 'attention 2/3:2', 'attention 3/3:1', 'economy 1/2:3', 'economy 2/2:2'],
    ],
  ])('%s', (_, targets, expected) => {
    expect(shape(buildSlides(targets, capacity))).toEqual(expected)
  })

  it('puts the counts and the headline targets on the summary', () => {
    const targets = [
      item({ id: 'g', headline: true, status: 'behind' }),
      item({ id: 'h', status: 'atRisk' }),
      item({ id: 'i', headline: true }),
    ]
    const [summary] = buildSlides(targets, capacity)
    expect(summary?.kind === 'summary' && { total: summary.total, headlines: ids(summary.headlines), counts: summary.counts }).toEqual({
      total: 3,
      headlines: ['g', 'i'],
      counts: { onTrack: 1, atRisk: 1, behind: 1, done: 0, lateDone: 0, unreported: 0, noData: 0, notDue: 0 },
    })
  })

  it('gives a split category its whole size', () => {
    const slides = buildSlides(many(4), capacity)
    expect(slides.filter((s) => s.kind === 'category').map((s) => s.kind === 'category' && s.total)).toEqual([4, 4])
  })
})

describe('attentionOrder', () => {
  it('lists behind before at risk, the largest shortfall first, and leaves the rest out', () => {
    const targets = [
      item({ id: 'ok', status: 'onTrack', lagPoints: 0.1 }),
      item({ id: 'risk-small', status: 'atRisk', lagPoints: -0.01 }),
      item({ id: 'risk-big', status: 'atRisk', lagPoints: -0.09 }),
      item({ id: 'behind-lag', status: 'behind', lagPoints: -0.17 }),
      // 1.1 points under a 5% growth target is 22% of the line: worse than 17 points of 序时进度.
      item({ id: 'behind-growth', status: 'behind', kind: 'growth', value: 5, gapPp: -1.1 }),
      // 7.2 over a 36 ceiling is 20%.
      item({ id: 'behind-ceiling', status: 'behind', kind: 'ceiling', value: 36, gap: 7.2 }),
      item({ id: 'behind-unknown', status: 'behind' }),
      item({ id: 'done', status: 'done' }),
    ]
    expect(ids(attentionOrder(targets))).toEqual([
      'behind-growth',
      'behind-ceiling',
      'behind-lag',
      'behind-unknown',
      'risk-big',
      'risk-small',
    ])
  })

  it('breaks ties by name, so the order does not flicker between refreshes', () => {
    const targets = [item({ id: 'b', status: 'behind', lagPoints: -0.1 }), item({ id: 'a', status: 'behind', lagPoints: -0.1 })]
    expect(ids(attentionOrder(targets))).toEqual(['a', 'b'])
  })
})

describe('rotation timing', () => {
  it.each([
    [null, DEFAULT_INTERVAL_S * 1000],
    ['', DEFAULT_INTERVAL_S * 1000],
    ['abc', DEFAULT_INTERVAL_S * 1000],
    ['2', 2000],
    ['2.5', 2500],
    ['0', 1000],
    ['-5', 1000],
    ['99999', 3_600_000],
  ])('?interval=%s → %i ms', (raw, ms) => {
    expect(intervalMs(raw)).toBe(ms)
  })

  it.each([
    [null, 5, undefined],
    ['x', 5, undefined],
    ['-1', 5, undefined],
    ['1.5', 5, undefined],
    ['0', 5, 0],
    ['3', 5, 3],
    ['9', 5, 4],
    ['0', 0, undefined],
  ])('?page=%s of %i pages pins %s', (raw, count, pinned) => {
    expect(pinnedPage(raw, count)).toBe(pinned)
  })

  it.each([
    [0, 3, 1],
    [1, 3, 2],
    [2, 3, 0],
    [7, 3, 2],
    [0, 1, 0],
    [0, 0, 0],
  ])('after page %i of %i comes %i', (position, count, next) => {
    expect(nextSlide(position, count)).toBe(next)
  })

  it('keeps a position inside a list that shrank', () => {
    expect(slideAt(7, 5)).toBe(2)
    expect(slideAt(3, 0)).toBe(0)
  })
})

describe('freshness', () => {
  it.each([
    [0, 10 * 60_000, false],
    [1000, 1000 + STALE_AFTER_MS, false],
    [1000, 1001 + STALE_AFTER_MS, true],
  ])('fetched at %i, now %i: stale %s', (updatedAt, now, stale) => {
    expect(isStale(updatedAt, now)).toBe(stale)
  })

  it('names the period most of the latest month’s figures cover', () => {
    const targets = [
      item({ id: 'gdp', month: '2025-09', periodLabel: '前三季度' }),
      item({ id: 'a', month: '2025-10', periodLabel: '1-10月' }),
      item({ id: 'b', month: '2025-10', periodLabel: '1-10月' }),
      item({ id: 'cpi', month: '2025-10', periodLabel: '10月' }),
      item({ id: 'none' }),
    ]
    expect(dataPeriod(targets)).toBe('1-10月')
    expect(dataPeriod([item({ id: 'none' })])).toBeUndefined()
  })
})
