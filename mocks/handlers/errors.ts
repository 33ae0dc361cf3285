import { HttpResponse } from 'msw'
import type { z } from 'zod'
import type { ApiErrorBody } from '../../src/contract/error'
import { validationErrorBody } from '../../src/contract/validation-error'
import type { Refusal } from '../../src/writes/refusal'

export const errorResponse = (status: number, code: string, message: string, fields?: Record<string, string>): Response =>
  HttpResponse.json<ApiErrorBody>({ error: { code, message, ...(fields ? { fields } : {}) } }, { status })

/** A 400 for a zod failure, worded exactly as the server words it. */
export const validationResponse = (error: z.ZodError, what: string): Response =>
  HttpResponse.json(validationErrorBody(error, what), { status: 400 })

/** A write the rules of src/writes turned down, answered as they worded it. */
export const refusalResponse = ({ status, body }: Refusal): Response => HttpResponse.json(body, { status })
