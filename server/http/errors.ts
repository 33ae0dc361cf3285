import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ApiErrorBody } from '../../src/contract/error'
import type { Refusal } from '../../src/writes/refusal'
import type { AppEnv } from '../env'

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

function errorBody(e: HttpError, requestId: string | undefined): ApiErrorBody & Record<string, unknown> {
  return {
    error: { code: e.code, message: e.message, ...(e.fields ? { fields: e.fields } : {}), ...(requestId ? { requestId } : {}) },
    ...e.extra,
  }
}

/** The error answer, with the request's id (as in its log lines) when there is one. */
export const respondError = (c: Context<AppEnv>, e: HttpError) => c.json(errorBody(e, c.var.requestId), e.status)
