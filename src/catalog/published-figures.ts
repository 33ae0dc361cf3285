// 公开数据 as stored figures: seeded into the database under one actor name, so that staff can
// correct them like any figure, and recognised on the way out by that actor and an unchanged value.
import type { Observation } from '../domain/target'
import { publishedFigures } from './catalog'

/** Who "saved" a published figure; no account can have this name (usernames are ASCII). */
export const PUBLISHED_ACTOR = '公开数据'

/**
 * Adds the quote and date to each figure that is still the published one: seeded by
 * PUBLISHED_ACTOR and not changed since. A staff correction is the staff's figure.
 */
export function markPublished<O extends Observation & { updatedBy: string }>(year: number, observations: readonly O[]): O[] {
  const figures = publishedFigures(year)
  if (figures.length === 0) return [...observations]
  return observations.map((o) => {
    if (o.updatedBy !== PUBLISHED_ACTOR) return o
    const f = figures.find((p) => p.targetId === o.targetId && p.month === o.month && p.value === o.value)
    return f ? { ...o, published: { ...f.source, publishedOn: f.publishedOn } } : o
  })
}
