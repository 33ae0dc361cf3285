import { loadCatalog, PLAN_YEARS, publishedFigures } from '../../src/catalog/catalog'
import { PUBLISHED_ACTOR } from '../../src/catalog/published-figures'
import type { AuditEntry } from '../../src/contract/observations'
import type { StoredObservation } from '../../src/contract/targets'
import type { TargetDefinition } from '../../src/domain/target'
import { sampleSeries } from './sample-series'

/** The mock's "today": mid-November 2025, so figures through 1-10月 exist and the year is live. */
export const SAMPLE_AS_OF = '2025-11-20'

interface MockData {
  targets: Map<number, TargetDefinition[]>
  observations: StoredObservation[]
  audit: AuditEntry[]
}

function fresh(): MockData {
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

type Key = { year: number; targetId: string; month: string }
type Value = { value: number; ytdAmount?: number; note?: string }
type WriteResult = { ok: true; observation: StoredObservation | null; created: boolean } | { ok: false; current: StoredObservation | null }

const find = (k: Key): StoredObservation | null => data.observations.find((o) => o.targetId === k.targetId && o.month === k.month) ?? null
const valueFields = (o: StoredObservation): Value => ({
  value: o.value,
  ...(o.ytdAmount === undefined ? {} : { ytdAmount: o.ytdAmount }),
  ...(o.note === undefined ? {} : { note: o.note }),
})
const audit = (actor: string, action: AuditEntry['action'], k: Key, oldValue: Value | null, newValue: Value | null) =>
  data.audit.push({ id: data.audit.length + 1, at: new Date().toISOString(), actor, action, ...k, oldValue, newValue })

/** The in-memory data behind the MSW handlers: the real catalog plus the sample series. */
export const mockDb = {
  years: () => [...data.targets.keys()].sort(),
  targets: (year: number) => data.targets.get(year) ?? [],
  observations: (year: number) => data.observations.filter((o) => o.month.startsWith(`${year}-`)),
  auditEntries: () => [...data.audit].reverse(),
  /** The same optimistic locking as the server: the version must match what is stored. */
  save(k: Key, input: Value, expectedVersion: number | undefined, actor: string): WriteResult {
    const current = find(k)
    if (current?.version !== expectedVersion) return { ok: false, current }
    const observation: StoredObservation = {
      targetId: k.targetId,
      month: k.month,
      ...input,
      updatedBy: actor,
      updatedAt: new Date().toISOString(),
      version: (current?.version ?? 0) + 1,
    }
    data.observations = [...data.observations.filter((o) => o !== current), observation]
    audit(actor, 'observation.put', k, current && valueFields(current), input)
    return { ok: true, observation, created: !current }
  },
  remove(k: Key, expectedVersion: number | undefined, actor: string): WriteResult {
    const current = find(k)
    if (!current || (expectedVersion !== undefined && current.version !== expectedVersion)) return { ok: false, current }
    data.observations = data.observations.filter((o) => o !== current)
    audit(actor, 'observation.delete', k, valueFields(current), null)
    return { ok: true, observation: null, created: false }
  },
  /** Puts back the value an audit entry replaced (deleting when there was none), audited as a restore. */
  restore(id: number, actor: string): WriteResult | null {
    const entry = data.audit.find((e) => e.id === id)
    if (!entry) return null
    const k = { year: entry.year, targetId: entry.targetId, month: entry.month }
    const current = find(k)
    data.observations = data.observations.filter((o) => o !== current)
    let observation: StoredObservation | null = null
    if (entry.oldValue) {
      observation = { ...k, ...entry.oldValue, updatedBy: actor, updatedAt: new Date().toISOString(), version: (current?.version ?? 0) + 1 }
      data.observations.push(observation)
    }
    audit(actor, 'observation.restore', k, current && valueFields(current), entry.oldValue)
    return { ok: true, observation, created: !current }
  },
  /** Tests start from the same data each time. */
  reset: () => {
    data = fresh()
  },
}
