import type { Context } from 'hono'
import type { z } from 'zod'
import { HttpError, validationError } from './errors'

/**
 * The request's JSON body parsed by `schema`: a malformed body is a 400 naming the field, never a
 * 500. With `optional`, an empty body reads as `{}` (POST /api/audit/{id}/restore needs none).
 */
export async function parseJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  what = '请求内容',
  { optional = false } = {},
): Promise<z.infer<S>> {
  const text = await c.req.text()
  let body: unknown
  try {
    body = text.trim() === '' ? (optional ? {} : undefined) : JSON.parse(text)
  } catch {
    throw new HttpError(400, 'invalid_json', `${what}不是有效的 JSON`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw validationError(parsed.error, what)
  return parsed.data
}

/** Query parameters parsed by `schema`, with the same error shape. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query())
  if (!parsed.success) throw validationError(parsed.error, '查询参数')
  return parsed.data
}
