import { describe, expect, it } from 'vitest'
import { CONTEXT_FIGURES_2024 } from '../../src/catalog/2025/context-figures'

// Quotes are proven against the documents by `npm run check:sources`.
describe('2024 figures kept for context', () => {
  it('state each value in its own quote', () => {
    for (const c of CONTEXT_FIGURES_2024) {
      for (const f of c.figures) expect(f.source.quote, c.id).toContain(String(Math.abs(f.value)))
    }
  })

  it('keep both 一般公共预算收入 growth rates, each with its source, and say they disagree', () => {
    const revenue = CONTEXT_FIGURES_2024.find((c) => c.id === 'general-budget-revenue')
    const rates = revenue?.figures.filter((f) => f.unit === '%').map((f) => [f.value, f.source.doc])
    expect(rates).toEqual([
      [-7.78, 'jinzhong-2025-plan-report'],
      [1.6, 'jinzhong-14th-five-year-review'],
    ])
    expect(revenue?.note).toContain('说法不一')
  })
})
