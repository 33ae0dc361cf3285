// The target catalog per plan year. A new plan year needs a data file and one line in CATALOGS
// (and one in PUBLISHED once figures for it have been published).
import { TargetDefinitionSchema } from '../contract/target'
import type { TargetDefinition } from '../domain/target'
import { PUBLISHED_FIGURES_2025, type PublishedFigure } from './2025/published'
import { targets2025 } from './targets-2025'

const CATALOGS: Readonly<Record<number, readonly TargetDefinition[]>> = {
  2025: targets2025,
}

const PUBLISHED: Readonly<Record<number, readonly PublishedFigure[]>> = {
  2025: PUBLISHED_FIGURES_2025,
}

/** The plan years that have a catalog, ascending. */
export const PLAN_YEARS: readonly number[] = Object.keys(CATALOGS)
  .map(Number)
  .sort((a, b) => a - b)

/** 公开数据: the plan year's figures already published in the source documents (none if no file). */
export function publishedFigures(year: number): readonly PublishedFigure[] {
  return PUBLISHED[year] ?? []
}

/** Thrown when a year's catalog breaks the schema or a cross-target rule; lists every problem. */
export class CatalogError extends Error {
  constructor(
    readonly year: number,
    readonly problems: readonly string[],
  ) {
    super(`目标目录 ${year} 年有 ${problems.length} 处错误:\n${problems.map((p) => `  - ${p}`).join('\n')}`)
    this.name = 'CatalogError'
  }
}

/** The year's targets, parsed through TargetDefinitionSchema and checked as a whole. */
export function loadCatalog(year: number): TargetDefinition[] {
  const raw = CATALOGS[year]
  if (!raw) throw new Error(`没有 ${year} 年的目标目录（已有: ${PLAN_YEARS.join(', ')}）`)
  return validateCatalog(year, raw)
}

/** Validates a list of targets for a plan year; exported so a draft catalog can be checked before it is registered. */
export function validateCatalog(year: number, raw: readonly unknown[]): TargetDefinition[] {
  const problems: string[] = []
  const targets: TargetDefinition[] = []
  raw.forEach((entry, index) => {
    const result = TargetDefinitionSchema.safeParse(entry)
    const id = idOf(entry) ?? `#${index}`
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issue.path.length > 0 ? issue.path.map(String).join('.') : '(整体)'
        problems.push(`${id}: ${path}: ${issue.message}`)
      }
      return
    }
    targets.push(result.data)
  })

  const seen = new Set<string>()
  for (const t of targets) {
    if (seen.has(t.id)) problems.push(`${t.id}: id 重复`)
    seen.add(t.id)
  }
  for (const t of targets) {
    if (t.year !== year) problems.push(`${t.id}: year ${t.year} 与计划年度 ${year} 不符`)
    if (t.referenceId !== undefined && !seen.has(t.referenceId)) {
      problems.push(`${t.id}: referenceId "${t.referenceId}" 不存在`)
    }
    if (t.referenceId === t.id) problems.push(`${t.id}: referenceId 不能指向自身`)
    const figures = [t.baseline, ...(t.altBaselines ?? [])].filter((f) => f !== undefined)
    for (const f of figures) {
      if (f.year >= year) problems.push(`${t.id}: 基数年份 ${f.year} 应早于计划年度 ${year}`)
    }
  }

  if (problems.length > 0) throw new CatalogError(year, problems)
  return targets
}

function idOf(entry: unknown): string | undefined {
  if (typeof entry === 'object' && entry !== null && 'id' in entry && typeof entry.id === 'string') return entry.id
  return undefined
}
