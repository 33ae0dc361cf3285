import { HttpResponse } from 'msw'
import type { z } from 'zod'
import { invalidInputBody, isJsonContentType, malformedJsonBody } from '../../src/contract/validation-error'

/**
 * The body as `schema` reads it, or the 400 the server's validator answers (server/http/validate.ts):
 * the mock's one way to read a body.
 */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, what: string): Promise<z.output<S> | Response> {
  const isJson = isJsonContentType(request.headers.get('content-type'))
  let value: unknown = {}
  if (isJson) {
    try {
      value = JSON.parse(await request.text())
    } catch {
      return HttpResponse.json(malformedJsonBody(), { status: 400 })
    }
  }
  const parsed = schema.safeParse(value)
  return parsed.success ? parsed.data : HttpResponse.json(invalidInputBody(parsed.error.issues, what, isJson), { status: 400 })
}

/** The URL's query as `schema` reads it (a repeated name gives a list, as on the server), or the 400. */
export function readQuery<S extends z.ZodType>(url: URL | string, schema: S): z.output<S> | Response {
  const query: Record<string, string | string[]> = {}
  const params = new URL(url).searchParams
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    query[name] = values.length === 1 ? (values[0] ?? '') : values
  }
  const parsed = schema.safeParse(query)
  return parsed.success ? parsed.data : HttpResponse.json(invalidInputBody(parsed.error.issues, '查询参数'), { status: 400 })
}
