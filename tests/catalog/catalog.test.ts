import { describe, expect, it } from 'vitest'
import { PROVINCE_TOTAL_NOTE } from '../../src/catalog/2025/docs'
import { CatalogError, loadCatalog, PLAN_YEARS, validateCatalog } from '../../src/catalog/catalog'
import { targets2025 } from '../../src/catalog/targets-2025'
import { CATEGORIES, TARGET_KINDS, type TargetDefinition } from '../../src/domain/target'
import { isRateUnit } from '../../src/domain/thresholds'

const catalog = loadCatalog(2025)
const byId = new Map(catalog.map((t) => [t.id, t]))

describe('2025 target catalog', () => {
  it('loads and validates', () => {
    expect(PLAN_YEARS).toContain(2025)
    expect(catalog).toHaveLength(targets2025.length)
  })

  it('holds at least 60 targets', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(60)
  })

  it('has unique ids', () => {
    const ids = catalog.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses every kind', () => {
    const kinds = new Set(catalog.map((t) => t.kind))
    for (const kind of TARGET_KINDS) expect(kinds, kind).toContain(kind)
  })

  it('puts every target in a known category and year', () => {
    for (const t of catalog) {
      expect(CATEGORIES).toContain(t.category)
      expect(t.year).toBe(2025)
      expect(t.deadline.startsWith('2025-')).toBe(true)
    }
  })

  describe('headline targets', () => {
    const rows: Array<
      [id: string, kind: TargetDefinition['kind'], comparator: TargetDefinition['comparator'], value: number, unit: string]
    > = [
      ['gdp-growth', 'growth', 'atLeast', 5, '%'],
      ['industrial-value-added', 'growth', 'atLeast', 4, '%'],
      ['fixed-asset-investment', 'growth', 'atLeast', 6, '%'],
      ['retail-sales', 'growth', 'atLeast', 5, '%'],
      ['urban-income', 'relative', 'inSync', 0, '%'],
      ['rural-income', 'relative', 'above', 0, '%'],
      ['urban-jobs', 'cumulative', 'atLeast', 3.2, '万人'],
      ['cpi', 'ceiling', 'about', 2, '%'],
    ]

    it.each(rows)('%s is a %s target (%s %d %s)', (id, kind, comparator, value, unit) => {
      const t = byId.get(id)
      expect(t, id).toBeDefined()
      expect(t).toMatchObject({ kind, comparator, value, unit, headline: true })
    })

    it('are exactly the eight', () => {
      const headline = catalog.filter((t) => t.headline).map((t) => t.id)
      expect(headline.sort()).toEqual(rows.map((r) => r[0]).sort())
    })
  })

  it('keys Q1 and H1 milestones to their own deadlines', () => {
    expect(byId.get('continuing-projects-resumed')?.deadline).toBe('2025-03-31')
    expect(byId.get('new-projects-started')?.deadline).toBe('2025-06-30')
  })

  it('relative targets reference gdp-growth', () => {
    const relative = catalog.filter((t) => t.kind === 'relative')
    expect(relative.length).toBeGreaterThan(0)
    for (const t of relative) expect(t.referenceId, t.id).toBe('gdp-growth')
  })

  it('band and inSync targets have a tolerance', () => {
    const banded = catalog.filter((t) => t.kind === 'band' || t.comparator === 'inSync')
    expect(banded.length).toBeGreaterThan(0)
    for (const t of banded) expect(t.tolerance, t.id).toBeGreaterThan(0)
  })

  it('states each value in a quoted sentence, or explains the reading in a note', () => {
    for (const t of catalog) {
      const singleMilestone = t.kind === 'milestone' && t.value === 1 && t.unit === '项'
      if (t.kind === 'relative' || singleMilestone) continue
      const stated = t.sources.some((s) => s.quote.includes(String(t.value)))
      expect(stated || t.note !== undefined, `${t.id}: ${t.value} not in its quotes and no note`).toBe(true)
    }
  })

  it('states each baseline figure in its own quote', () => {
    for (const t of catalog) {
      for (const f of [t.baseline, ...(t.altBaselines ?? [])]) {
        if (f) expect(f.source.quote, t.id).toContain(String(Math.abs(f.value)))
      }
    }
  })

  it('keeps the plan report as baseline where the documents disagree', () => {
    const retail = byId.get('retail-sales')
    expect(retail?.baseline?.source.doc).toBe('jinzhong-2025-plan-report')
    expect(retail?.altBaselines?.map((f) => f.value)).toContain(738.4)
  })

  it('gives a plausible range that contains the target value', () => {
    for (const t of catalog) {
      expect(t.plausible, t.id).toBeDefined()
      if (t.plausible) {
        expect(t.plausible.min, t.id).toBeLessThanOrEqual(t.value)
        expect(t.plausible.max, t.id).toBeGreaterThanOrEqual(t.value)
      }
    }
  })
})

describe('corrections of issue 7', () => {
  it('reads 矿山生态修复 381.6公顷 as a total to reach, not new work in 2025', () => {
    const t = byId.get('mine-restoration')
    expect(t).toMatchObject({ kind: 'level', comparator: 'atLeast', value: 381.6, unit: '公顷' })
    expect(t?.note).toContain('累计')
  })

  it('takes 原煤产量 monthly as a year-to-date total, against the annual band', () => {
    const t = byId.get('coal-output')
    expect(t).toMatchObject({ kind: 'band', comparator: 'about', value: 1.2, frequency: 'monthly', reading: 'yearToDateTotal' })
    expect(t?.note).toContain('1-N月累计产量')
  })

  it('marks every province amount that is not a rate as the province’s own total', () => {
    const amounts = catalog.filter((t) => t.province && !isRateUnit(t.province.unit))
    expect(amounts.map((t) => t.id).sort()).toEqual(
      [
        'community-canteens',
        'elevator-retrofits',
        'rural-water-repair',
        'township-water-sources',
        'urban-jobs',
        'village-water-sources',
      ].sort(),
    )
    for (const t of amounts) expect(t.note, t.id).toContain(PROVINCE_TOTAL_NOTE)
  })

  it('compares province rates only in the target’s own unit', () => {
    for (const t of catalog.filter((x) => x.province && isRateUnit(x.province.unit))) {
      expect(t.province?.unit, t.id).toBe(t.unit)
    }
  })

  it('labels each retail-sales baseline with its own source', () => {
    const t = byId.get('retail-sales')
    const figures = [t?.baseline, ...(t?.altBaselines ?? [])]
    expect(figures.map((f) => [f?.value, f?.source.doc])).toEqual([
      [1.7, 'jinzhong-2025-plan-report'],
      [695.9, 'jinzhong-2025-plan-report'],
      [738.4, 'jinzhong-14th-five-year-review'],
    ])
    for (const f of figures) {
      expect(f?.label).toContain(f?.source.doc === 'jinzhong-2025-plan-report' ? '计划报告' : '“十四五”发布会')
    }
  })

  it.each([
    ['heshun-biodiversity-project', 1, '项'],
    ['industrial-projects', 320, '个'],
    ['heshun-yujing-start', 1, '项'],
    ['fulaite-glass-start', 1, '项'],
  ] as const)('takes in %s from the left-out list (milestone of %d %s)', (id, value, unit) => {
    expect(byId.get(id)).toMatchObject({ kind: 'milestone', value, unit, deadline: '2025-12-31' })
  })
})

describe('catalog validation', () => {
  const gdp = targets2025.find((t) => t.id === 'gdp-growth') as TargetDefinition

  it('rejects an unknown plan year', () => {
    expect(() => loadCatalog(1999)).toThrow(/1999/)
  })

  it('names the target and the schema issue', () => {
    const broken = { ...gdp, id: 'Bad Id', kind: 'growthish' }
    expect(() => validateCatalog(2025, [broken])).toThrow(CatalogError)
    expect(() => validateCatalog(2025, [broken])).toThrow(/Bad Id: kind/)
  })

  it('rejects duplicate ids', () => {
    expect(() => validateCatalog(2025, [gdp, gdp])).toThrow(/gdp-growth: id 重复/)
  })

  it('rejects a referenceId that does not exist', () => {
    const orphan = { ...targets2025.find((t) => t.id === 'urban-income'), referenceId: 'nowhere' }
    expect(() => validateCatalog(2025, [gdp, orphan])).toThrow(/referenceId "nowhere"/)
  })

  it('rejects a baseline from the plan year itself', () => {
    const late = { ...gdp, baseline: { ...gdp.baseline, year: 2025 } }
    expect(() => validateCatalog(2025, [late])).toThrow(/基数年份 2025/)
  })

  it('rejects a target filed under the wrong year', () => {
    expect(() => validateCatalog(2026, [gdp])).toThrow(/year 2025/)
  })
})
