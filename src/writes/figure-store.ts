import type { AuditEntry } from '../contract/observations'
import type { StoredObservation } from '../contract/targets'
import type { TargetDefinition } from '../domain/target'

/** One month's figure of one target in one plan year. */
export interface FigureKey {
  year: number
  targetId: string
  month: string
}

/** What a figure holds besides who saved it, when, and its version. */
export interface FigureValue {
  value: number
  ytdAmount?: number
  note?: string
}

/** An audit entry before the store numbers and dates it. */
type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'>

/**
 * Where figures, their audit and the targets they belong to are kept: SQL on the server
 * (server/observations/sql-store.ts), memory in the mocks (mocks/data/memory-store.ts). Only
 * storage: which write is allowed, and what it answers, is decided in src/writes alone.
 */
export interface FigureStore {
  /** A live (not retired) target of the plan year, or null. */
  target(year: number, id: string): Promise<TargetDefinition | null>
  targets(year: number): Promise<TargetDefinition[]>
  figures(year: number): Promise<StoredObservation[]>
  /** The figure as stored, held (SQL: row lock) until the unit of work ends. */
  figure(key: FigureKey): Promise<StoredObservation | null>
  /**
   * Stores `value` as the version after `current` (null: creates version 1), stamped with `actor`.
   * Null when `current` is no longer what is stored (someone else got there first).
   */
  write(key: FigureKey, value: FigureValue, actor: string, current: StoredObservation | null): Promise<StoredObservation | null>
  remove(key: FigureKey): Promise<void>
  /** Append-only: entries are never changed or removed. */
  appendAudit(entry: NewAuditEntry): Promise<void>
  auditEntry(id: number): Promise<AuditEntry | null>
}

export interface FigureStorage {
  /** Runs `fn` as one unit of work: all of its writes happen, or (when it throws) none. */
  transaction<T>(fn: (store: FigureStore) => Promise<T>): Promise<T>
}
