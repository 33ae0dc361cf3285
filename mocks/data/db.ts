import { loadCatalog, PLAN_YEARS, publishedFigures } from '../../src/catalog/catalog'
import { PUBLISHED_ACTOR } from '../../src/catalog/published-figures'
import { figuresOfYear, type MemoryData, memoryFigureStorage } from './memory-store'
import { sampleSeries } from './sample-series'

/** The mock's "today": mid-November 2025, so figures through 1-10月 exist and the year is live. */
export const SAMPLE_AS_OF = '2025-11-20'

function fresh(): MemoryData {
  const targets = new Map(PLAN_YEARS.map((year) => [year, loadCatalog(year)] as const))
  const sample = [...targets.values()].flatMap((list) =>
    sampleSeries(list, SAMPLE_AS_OF).map((o) => ({ ...o, updatedBy: '示例数据', updatedAt: '2025-11-10T08:00:00.000Z', version: 1 })),
  )
  // 公开数据 stand as they would in a fresh database: the real figure, not a sample, for its month.
  const published = PLAN_YEARS.flatMap((year) =>
    publishedFigures(year).map((f) => ({
      targetId: f.targetId,
      month: f.month,
      value: f.value,
      ...(f.ytdAmount === undefined ? {} : { ytdAmount: f.ytdAmount }),
      updatedBy: PUBLISHED_ACTOR,
      updatedAt: `${f.publishedOn}T00:00:00.000+08:00`,
      version: 1,
    })),
  )
  const observations = [...sample.filter((s) => !published.some((p) => p.targetId === s.targetId && p.month === s.month)), ...published]
  return { targets, observations, audit: [] }
}

let data = fresh()

/** The in-memory data behind the MSW handlers: the real catalog plus the sample series. */
export const mockDb = {
  years: () => [...data.targets.keys()].sort(),
  targets: (year: number) => data.targets.get(year) ?? [],
  observations: (year: number) => figuresOfYear(data, year),
  auditEntries: () => [...data.audit].reverse(),
  /** Where the mock's writes go: the same write module (src/writes) as the server's. */
  figures: memoryFigureStorage(() => data),
  /** Tests start from the same data each time. */
  reset: () => {
    data = fresh()
  },
}
