import { HttpResponse } from 'msw'
import type { ApiErrorBody } from '../../src/contract/error'
import type { Refusal } from '../../src/writes/refusal'

export const errorResponse = (status: number, code: string, message: string, fields?: Record<string, string>): Response =>
  HttpResponse.json<ApiErrorBody>({ error: { code, message, ...(fields ? { fields } : {}) } }, { status })

/** A write the rules of src/writes turned down, answered as they worded it. */
export const refusalResponse = ({ status, body }: Refusal): Response => HttpResponse.json(body, { status })
