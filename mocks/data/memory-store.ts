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

const inYear = (o: StoredObservation, year: number) => o.month.startsWith(`${year}-`)
const same = (o: StoredObservation, k: FigureKey) => o.targetId === k.targetId && o.month === k.month && inYear(o, k.year)

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
    figures: async (year) => data().observations.filter((o) => inYear(o, year)),
    figure: async (key) => data().observations.find((o) => same(o, key)) ?? null,
    async write(key, value, actor, current) {
      const d = data()
      const stored = d.observations.find((o) => same(o, key)) ?? null
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
      d.observations = d.observations.filter((o) => !same(o, key))
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
