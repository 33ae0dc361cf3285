import { loadCatalog, PLAN_YEARS } from '../../src/catalog/catalog'
import { type MemoryData, memoryFigureStorage } from './memory-store'
import { sampleSeries } from './sample-series'

/** The mock's "today": mid-November 2025, so figures through 1-10月 exist and the year is live. */
export const SAMPLE_AS_OF = '2025-11-20'

function fresh(): MemoryData {
  const targets = new Map(PLAN_YEARS.map((year) => [year, loadCatalog(year)] as const))
  const observations = [...targets.values()].flatMap((list) =>
    sampleSeries(list, SAMPLE_AS_OF).map((o) => ({ ...o, updatedBy: '示例数据', updatedAt: '2025-11-10T08:00:00.000Z', version: 1 })),
  )
  return { targets, observations, audit: [] }
}

let data = fresh()

/** The in-memory data behind the MSW handlers: the real catalog plus the sample series. */
export const mockDb = {
  years: () => [...data.targets.keys()].sort(),
  targets: (year: number) => data.targets.get(year) ?? [],
  observations: (year: number) => data.observations.filter((o) => o.month.startsWith(`${year}-`)),
  auditEntries: () => [...data.audit].reverse(),
  /** Where the mock's writes go: the same write module (src/writes) as the server's. */
  figures: memoryFigureStorage(() => data),
  /** Tests start from the same data each time. */
  reset: () => {
    data = fresh()
  },
}
