import type { z } from 'zod'
import { ApiErrorBodySchema } from '../contract/error'

/** An error answered by the API (or the network), carrying the API's Chinese message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string>,
    readonly body?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/**
 * The one way the app talks to the API: same-origin fetch, JSON in and out, and every response
 * parsed by its contract schema, so a server that drifts from the contract fails loudly here.
 */
export async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  init: RequestInit & { json?: unknown } = {},
): Promise<z.infer<S>> {
  const { json, ...rest } = init
  let response: Response
  try {
    // Resolved against the page, so Node-based tests (jsdom) fetch the same URL a browser would.
    response = await fetch(new URL(path, globalThis.location?.href), {
      credentials: 'same-origin',
      ...rest,
      headers: { Accept: 'application/json', ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...rest.headers },
      body: json === undefined ? rest.body : JSON.stringify(json),
    })
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器，请检查网络')
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) {
    const parsed = ApiErrorBodySchema.safeParse(body)
    if (parsed.success) {
      const { code, message, fields } = parsed.data.error
      throw new ApiError(response.status, code, message, fields, body)
    }
    throw new ApiError(response.status, 'http', `服务器返回错误 ${response.status}`, undefined, body)
  }
  return schema.parse(body)
}
