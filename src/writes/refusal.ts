import type { ApiErrorBody } from '../contract/error'
import type { ConflictBody } from '../contract/observations'
import type { StoredObservation } from '../contract/targets'

/**
 * A write the rules turn down, as the contract's error body with its status: the server throws
 * it as an error answer, the mock answers it as it is, so both say the same words.
 */
export interface Refusal {
  ok: false
  status: 400 | 403 | 404 | 409
  body: ApiErrorBody | ConflictBody
}

export const refuse = (status: Refusal['status'], code: string, message: string, fields?: Record<string, string>): Refusal => ({
  ok: false,
  status,
  body: { error: { code, message, ...(fields ? { fields } : {}) } },
})

/** 409: someone else wrote first; the body carries the figure as it now stands (null: deleted). */
export const conflict = (current: StoredObservation | null, message?: string): Refusal => ({
  ok: false,
  status: 409,
  body: {
    error: {
      code: 'conflict',
      message: message ?? (current ? '该数据已被他人修改，请核对最新数值后再保存' : '该数据已被他人删除，请核对后再保存'),
    },
    current,
  } satisfies ConflictBody,
})
