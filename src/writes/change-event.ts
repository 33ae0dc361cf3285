import type { ChangeEvent } from '../contract/events'
import type { FigureKey } from './figure-store'

/** The one place a figure's change event is made: announced after the write has committed. */
export const figureChanged = (key: FigureKey, version: number | null, at: Date = new Date()): ChangeEvent => ({
  type: 'observation',
  year: key.year,
  targetId: key.targetId,
  month: key.month,
  version,
  at: at.toISOString(),
})
