import { describe, expect, it } from 'vitest'
import { DOCUMENT_DATES } from '../../src/catalog/2025/docs'
import { PUBLISHED_FIGURES_2025 } from '../../src/catalog/2025/published'
import { loadCatalog, publishedFigures } from '../../src/catalog/catalog'
import { ObservationSchema } from '../../src/contract/target'
import { isMonthAllowed } from '../../src/domain/periods'
import { SOURCE_DOCUMENTS } from '../../src/domain/target'

// Quotes are proven against the documents by `npm run check:sources`; these tests check the rest.
const byId = new Map(loadCatalog(2025).map((t) => [t.id, t]))
const rows = PUBLISHED_FIGURES_2025.map((f) => [`${f.targetId} ${f.month}`, f] as const)

describe('published 2025 figures (公开数据)', () => {
  it('are registered for 2025 and for no other year', () => {
    expect(publishedFigures(2025)).toBe(PUBLISHED_FIGURES_2025)
    expect(PUBLISHED_FIGURES_2025.length).toBeGreaterThan(0)
    expect(publishedFigures(2026)).toEqual([])
  })

  it('hold the five-year review’s 一泓清水入黄河 count', () => {
    expect(PUBLISHED_FIGURES_2025).toContainEqual(
      expect.objectContaining({ targetId: 'yellow-river-projects', month: '2025-10', value: 39, publishedOn: '2025-10-22' }),
    )
  })

  it.each(rows)('%s names a target of the 2025 catalog', (_, f) => {
    expect(byId.has(f.targetId), f.targetId).toBe(true)
  })

  it.each(rows)('%s is for a month the target reports in', (_, f) => {
    const target = byId.get(f.targetId)
    expect(target && isMonthAllowed(target, f.month)).toBe(true)
  })

  it.each(rows)('%s covers no month after its publication', (_, f) => {
    expect(f.month <= f.publishedOn.slice(0, 7)).toBe(true)
  })

  it.each(rows)('%s is dated by its document', (_, f) => {
    expect(f.publishedOn).toBe(DOCUMENT_DATES[f.source.doc].date)
  })

  it.each(rows)('%s is inside the target’s plausible range and not past a milestone’s N', (_, f) => {
    const target = byId.get(f.targetId)
    if (target?.plausible) {
      expect(f.value).toBeGreaterThanOrEqual(target.plausible.min)
      expect(f.value).toBeLessThanOrEqual(target.plausible.max)
    }
    if (target?.kind === 'milestone') expect(f.value).toBeLessThanOrEqual(target.value)
  })

  it.each(rows)('%s states its value in its own quote', (_, f) => {
    expect(f.source.quote).toContain(String(f.value))
    if (f.ytdAmount !== undefined) expect(f.source.quote).toContain(String(f.ytdAmount))
  })

  it.each(rows)('%s explains its month in a note', (_, f) => {
    expect(f.note).toMatch(/\S/)
  })

  it.each(rows)('%s reads as an observation', (_, f) => {
    const { targetId, month, value, ytdAmount } = f
    expect(ObservationSchema.safeParse({ targetId, month, value, ytdAmount }).success).toBe(true)
  })

  it('has at most one figure per target and month', () => {
    const keys = PUBLISHED_FIGURES_2025.map((f) => `${f.targetId}@${f.month}`)
    expect(new Set(keys).size).toBe(keys.length)
  })
})

describe('document dates', () => {
  it.each(SOURCE_DOCUMENTS)('%s has a date its own dating sentence states', (doc) => {
    const { date, quote } = DOCUMENT_DATES[doc]
    expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    const [, month, day] = date.split('-').map(Number)
    expect(quote).toContain(`${month}月${day}日`)
  })
})
