import type { z } from 'zod'
import type { AuditEntry, AuditQuerySchema } from '../../src/contract/observations'
import type { Queryable } from '../db/database'

interface AuditRow {
  id: number | string
  at: Date | string
  actor: string
  action: AuditEntry['action']
  year: number
  target_id: string
  month: string
  old_value: AuditEntry['oldValue'] | string
  new_value: AuditEntry['newValue'] | string
}

// jsonb arrives parsed from PGlite and from postgres.js; a string only if a driver leaves it raw.
const json = <T>(v: T | string): T => (typeof v === 'string' ? (JSON.parse(v) as T) : v)

const toEntry = (r: AuditRow): AuditEntry => ({
  id: Number(r.id),
  at: new Date(r.at).toISOString(),
  actor: r.actor,
  action: r.action,
  year: r.year,
  targetId: r.target_id,
  month: r.month,
  oldValue: json(r.old_value),
  newValue: json(r.new_value),
})

/** Append-only: the audit log is never updated or deleted by the application. */
export async function appendAudit(tx: Queryable, e: Omit<AuditEntry, 'id' | 'at'>): Promise<void> {
  await tx.query(
    'insert into audit_log (actor, action, year, target_id, month, old_value, new_value) values ($1, $2, $3, $4, $5, $6, $7)',
    [e.actor, e.action, e.year, e.targetId, e.month, e.oldValue && JSON.stringify(e.oldValue), e.newValue && JSON.stringify(e.newValue)],
  )
}

export async function listAudit(db: Queryable, q: z.infer<typeof AuditQuerySchema>): Promise<AuditEntry[]> {
  const rows = await db.query<AuditRow>(
    `select id, at, actor, action, year, target_id, month, old_value, new_value from audit_log
     where ($1::int is null or year = $1) and ($2::text is null or target_id = $2) and ($3::text is null or month = $3)
       and ($4::text is null or actor = $4) and ($5::bigint is null or id < $5)
     order by id desc limit $6`,
    [q.year ?? null, q.targetId ?? null, q.month ?? null, q.actor ?? null, q.before ?? null, q.limit],
  )
  return rows.map(toEntry)
}

export async function getAuditEntry(db: Queryable, id: number): Promise<AuditEntry | null> {
  const [row] = await db.query<AuditRow>(
    'select id, at, actor, action, year, target_id, month, old_value, new_value from audit_log where id = $1',
    [id],
  )
  return row ? toEntry(row) : null
}
