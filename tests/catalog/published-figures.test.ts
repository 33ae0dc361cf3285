import { describe, expect, it } from 'vitest'
import { markPublished, PUBLISHED_ACTOR } from '../../src/catalog/published-figures'
import type { Observation } from '../../src/domain/target'

const stored = (updatedBy: string, value: number): Observation & { updatedBy: string } => ({
  targetId: 'yellow-river-projects',
  month: '2025-10',
  value,
  updatedBy,
})

describe('markPublished', () => {
  it.each([
    ['the seeded figure, unchanged', stored(PUBLISHED_ACTOR, 39), true],
    ['a staff correction of it', stored('staff', 40), false],
    ['a staff entry of the same value', stored('staff', 39), false],
    ['a value changed under the published name', stored(PUBLISHED_ACTOR, 40), false],
  ])('%s → published: %s', (_case, observation, published) => {
    const [marked] = markPublished(2025, [observation])
    expect(marked?.published !== undefined).toBe(published)
    if (published) expect(marked?.published).toMatchObject({ doc: 'jinzhong-14th-five-year-review', publishedOn: '2025-10-22' })
  })

  it('leaves a year without published figures as it is', () => {
    expect(markPublished(2024, [stored(PUBLISHED_ACTOR, 39)])).toEqual([stored(PUBLISHED_ACTOR, 39)])
  })
})
