import { CATEGORY_LABELS } from '../../lib/target-text'

export type CategoryKey = keyof typeof CATEGORY_LABELS
export const CATEGORY_KEYS = Object.keys(CATEGORY_LABELS) as CategoryKey[]

const isCategory = (s: string): s is CategoryKey => Object.hasOwn(CATEGORY_LABELS, s)

/** One scope entry as people say it: a category key in Chinese ("ecology" → 生态环保), a unit as it is. */
export const scopeLabel = (entry: string) => (isCategory(entry) ? CATEGORY_LABELS[entry] : entry)

/** Responsible units typed by hand: split on commas (half or full width), 顿号 and semicolons, blanks dropped. */
export const parseUnits = (text: string) =>
  text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
