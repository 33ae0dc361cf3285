import type { AuditEntry } from '../../src/contract/observations'
import type { StoredObservation } from '../../src/contract/targets'
import type { TargetDefinition } from '../../src/domain/target'
import type { FigureKey, FigureStorage, FigureStore } from '../../src/writes/figure-store'

/** The mock's data: the catalog's targets by plan year, the figures and the audit log. */
export interface MemoryData {
  targets: Map<number, TargetDefinition[]>
  observations: StoredObservation[]
  audit: AuditEntry[]
}

/**
 * The plan year a figure belongs to: its month's year, or the next plan year when the month is
 * last year's period of that year's target (its baseline series, 上年同期), as the SQL rows record.
 */
function planYearOf(d: MemoryData, o: Pick<StoredObservation, 'targetId' | 'month'>): number {
  const year = Number(o.month.slice(0, 4))
  return d.targets.get(year)?.some((t) => t.id === o.targetId) ? year : year + 1
}

/** The plan year's figures, its baseline series included. */
export const figuresOfYear = (d: MemoryData, year: number) => d.observations.filter((o) => planYearOf(d, o) === year)
const same = (d: MemoryData, o: StoredObservation, k: FigureKey) =>
  o.targetId === k.targetId && o.month === k.month && planYearOf(d, o) === k.year

/**
 * The write module's storage in memory, for the MSW mocks: units of work run one at a time (as
 * PGlite's single connection does), and one that throws leaves the data as it found it.
 */
export function memoryFigureStorage(data: () => MemoryData): FigureStorage {
  const store: FigureStore = {
    target: async (year, id) =>
      data()
        .targets.get(year)
        ?.find((t) => t.id === id) ?? null,
    targets: async (year) => [...(data().targets.get(year) ?? [])],
    figures: async (year) => figuresOfYear(data(), year),
    figure: async (key) => data().observations.find((o) => same(data(), o, key)) ?? null,
    async write(key, value, actor, current) {
      const d = data()
      const stored = d.observations.find((o) => same(d, o, key)) ?? null
      if (stored?.version !== current?.version) return null
      const observation: StoredObservation = {
        targetId: key.targetId,
        month: key.month,
        ...value,
        updatedBy: actor,
        updatedAt: new Date().toISOString(),
        version: (stored?.version ?? 0) + 1,
      }
      d.observations = [...d.observations.filter((o) => o !== stored), observation]
      return observation
    },
    async remove(key) {
      const d = data()
      d.observations = d.observations.filter((o) => !same(d, o, key))
    },
    async appendAudit(entry) {
      const d = data()
      d.audit = [...d.audit, { ...entry, id: d.audit.length + 1, at: new Date().toISOString() }]
    },
    auditEntry: async (id) => data().audit.find((e) => e.id === id) ?? null,
  }
  let queue: Promise<unknown> = Promise.resolve()
  return {
    transaction(fn) {
      const run = queue.then(async () => {
        const d = data()
        const before = { observations: d.observations, audit: d.audit }
        try {
          return await fn(store)
        } catch (error) {
          Object.assign(d, before)
          throw error
        }
      })
      queue = run.catch(() => {})
      return run
    },
  }
}
