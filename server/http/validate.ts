import type { Context, Env, ValidationTargets } from 'hono'
import { validator } from 'hono-openapi'
import type { z } from 'zod'
import { type InputIssue, invalidInputBody, isJsonContentType } from '../../src/contract/validation-error'
import { HttpError } from './errors'

// The one way a route reads its input: a validator on the route, from the contract's zod schema,
// which also puts the schema into the generated API description (server/http/openapi.ts).
// A refused input is a 400 in the contract's shape (src/contract/validation-error.ts), worded as
// the mock words it; a body that says it is JSON but does not parse is answered in app.ts's
// onError, since Hono's validator throws before any hook runs.

type Result = { success: true } | { success: false; error: readonly InputIssue[] }

const answerInvalid = (what: string) => (result: Result & { target: keyof ValidationTargets }, c: Context) => {
  if (result.success) return
  const isJsonBody = result.target !== 'json' || isJsonContentType(c.req.header('content-type'))
  const { error } = invalidInputBody(result.error, what, isJsonBody)
  throw new HttpError(400, error.code, error.message, error.fields)
}

// E and P are left to the route to infer, so that its handler keeps its typed path parameters.

/** The JSON body, as `c.req.valid('json')`; `what` names it in messages ("登录信息有误：…"). */
export const jsonBody = <S extends z.ZodType, E extends Env = Env, P extends string = string>(schema: S, what: string) =>
  validator<S, 'json', E, P>('json', schema, answerInvalid(what))

/** The query string, as `c.req.valid('query')`. */
export const queryParams = <S extends z.ZodType, E extends Env = Env, P extends string = string>(schema: S) =>
  validator<S, 'query', E, P>('query', schema, answerInvalid('查询参数'))
