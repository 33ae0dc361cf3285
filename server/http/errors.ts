import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiErrorBody } from '../../src/contract/error'
import type { Refusal } from '../../src/writes/refusal'

/** Thrown anywhere in a route; the app's error handler answers it as the contract's error body. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message)
  }
}

/** A write the rules of src/writes turned down, answered like any other error. */
export function refusalError({ status, body }: Refusal): HttpError {
  const { error, ...extra } = body
  return new HttpError(status, error.code, error.message, error.fields, extra)
}

export function errorBody(e: HttpError): ApiErrorBody & Record<string, unknown> {
  return { error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}) }, ...e.extra }
}

export const respondError = (c: Context, e: HttpError) => c.json(errorBody(e), e.status)
