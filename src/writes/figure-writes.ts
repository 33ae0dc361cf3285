// Saving, deleting and restoring one month's figure: the version check, the refusals' wording, the
// audit entry and the change event, once, for the server (SQL) and the mock (memory) alike.

import type { ChangeEvent } from '../contract/events'
import type { PutObservationBody } from '../contract/observations'
import type { StoredObservation } from '../contract/targets'
import { targetForMonth } from '../domain/baseline-series'
import { checkObservationInput } from '../domain/observation-input'
import { isMonthString, parseMonth } from '../domain/periods'
import { type AuthUser, canEdit } from '../domain/permissions'
import type { TargetDefinition } from '../domain/target'
import { figureChanged } from './change-event'
import type { FigureKey, FigureStorage, FigureStore, FigureValue } from './figure-store'
import { conflict, type Refusal, refuse } from './refusal'

/** The value fields of a stored figure, as the audit log keeps them. */
const valueFields = (o: FigureValue): FigureValue => ({
  value: o.value,
  ...(o.ytdAmount === undefined ? {} : { ytdAmount: o.ytdAmount }),
  ...(o.note === undefined ? {} : { note: o.note }),
})

type Written = { ok: true; observation: StoredObservation; created: boolean }

/**
 * Stores `value` if `expectedVersion` is the stored version (undefined: nothing is stored yet),
 * with its audit entry in the same unit of work, so no change goes unrecorded.
 */
export async function putFigure(
  store: FigureStore,
  key: FigureKey,
  value: FigureValue,
  expectedVersion: number | undefined,
  actor: string,
  action: 'observation.put' | 'observation.restore' = 'observation.put',
): Promise<Written | Refusal> {
  const current = await store.figure(key)
  if ((current?.version ?? undefined) !== expectedVersion) return conflict(current)
  const observation = await store.write(key, value, actor, current)
  // Someone else created the same month in between: that is a conflict too.
  if (!observation) return conflict(await store.figure(key))
  await store.appendAudit({ actor, action, ...key, oldValue: current && valueFields(current), newValue: valueFields(value) })
  return { ok: true, observation, created: !current }
}

/** The target a figure's path names, if the user may edit it; the month decides the plan year. */
async function editableTarget(
  store: FigureStore,
  user: AuthUser,
  targetId: string,
  month: string,
): Promise<{ ok: true; target: TargetDefinition; key: FigureKey } | Refusal> {
  if (!isMonthString(month)) return refuse(400, 'invalid', `月份 (month) 格式应为 YYYY-MM，收到“${month}”`, { month: '格式应为 YYYY-MM' })
  const year = parseMonth(month).year
  // Last year's month of a plan year's target is its baseline series, stored under that plan year.
  const target = targetForMonth(month, await store.target(year, targetId), await store.target(year + 1, targetId))
  if (!target) return refuse(404, 'not_found', `${year}年没有目标 ${targetId}`)
  if (!canEdit(user, target)) {
    return refuse(403, 'forbidden', `无权修改该目标（${target.name}，${target.id}）：当前账号 ${user.username} 不负责此目标`)
  }
  return { ok: true, target, key: { year: target.year, targetId, month } }
}

interface FigureRequest {
  user: AuthUser
  targetId: string
  month: string
}

/** PUT …/observations/{month}: creates (201) or updates (200) a figure, or says why not. */
export function saveFigure(
  storage: FigureStorage,
  { user, targetId, month, body }: FigureRequest & { body: PutObservationBody },
): Promise<(Written & { event: ChangeEvent }) | Refusal> {
  return storage.transaction(async (store) => {
    const found = await editableTarget(store, user, targetId, month)
    if (!found.ok) return found
    const { version, ...value } = body
    const problems = checkObservationInput(found.target, month, value)
    if (Object.keys(problems).length > 0)
      return refuse(400, 'invalid', `${found.target.name}：${Object.values(problems).join('；')}`, problems)
    const written = await putFigure(store, found.key, value, version, user.username)
    return written.ok ? { ...written, event: figureChanged(found.key, written.observation.version) } : written
  })
}

/** DELETE …/observations/{month}?version=: only the version the user was shown. */
export function deleteFigure(
  storage: FigureStorage,
  { user, targetId, month, version }: FigureRequest & { version: number },
): Promise<{ ok: true; event: ChangeEvent } | Refusal> {
  return storage.transaction(async (store) => {
    const found = await editableTarget(store, user, targetId, month)
    if (!found.ok) return found
    const current = await store.figure(found.key)
    if (!current) return refuse(404, 'not_found', `${found.target.name} ${month} 没有数据`)
    if (current.version !== version) return conflict(current)
    await store.remove(found.key)
    await store.appendAudit({
      actor: user.username,
      action: 'observation.delete',
      ...found.key,
      oldValue: valueFields(current),
      newValue: null,
    })
    return { ok: true, event: figureChanged(found.key, null) }
  })
}

const CHANGED_SINCE_SEEN = '此数据在你查看之后已被修改，请核对最新数值后再决定是否撤销'

/**
 * POST /api/audit/{id}/restore (admins): puts back the value the entry replaced, or deletes the
 * figure when the entry created it. With `expectedVersion` (the version the admin sees; null:
 * none) a figure changed since is not overwritten unseen.
 */
export function restoreFigure(
  storage: FigureStorage,
  { actor, auditId, expectedVersion }: { actor: string; auditId: string; expectedVersion?: number | null },
): Promise<{ ok: true; observation: StoredObservation | null; event: ChangeEvent } | Refusal> {
  return storage.transaction(async (store) => {
    const entry = /^\d{1,15}$/.test(auditId) ? await store.auditEntry(Number(auditId)) : null
    if (!entry) return refuse(404, 'not_found', `没有编号为 ${auditId} 的修改记录`)
    const key = { year: entry.year, targetId: entry.targetId, month: entry.month }
    const current = await store.figure(key)
    if (expectedVersion !== undefined && (current?.version ?? null) !== expectedVersion) return conflict(current, CHANGED_SINCE_SEEN)
    let observation: StoredObservation | null = null
    if (entry.oldValue) {
      const written = await putFigure(store, key, entry.oldValue, current?.version, actor, 'observation.restore')
      if (!written.ok) return conflict(await store.figure(key), CHANGED_SINCE_SEEN)
      observation = written.observation
    } else if (current) {
      await store.remove(key)
      await store.appendAudit({ actor, action: 'observation.restore', ...key, oldValue: valueFields(current), newValue: null })
    }
    return { ok: true, observation, event: figureChanged(key, observation?.version ?? null) }
  })
}
