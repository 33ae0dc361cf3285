import type { ApiErrorBody } from './error'

/** One problem as Standard Schema reports it (zod's issues are such), whoever validated. */
export interface InputIssue {
  readonly message: string
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined
}

/**
 * How every 400 for a bad body or query reads, on the server and in the mock alike: a message
 * naming every bad field (the schemas carry Chinese messages) and the fields one by one.
 */
function validationErrorBody(issues: readonly InputIssue[], what: string): ApiErrorBody {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.') || what
    fields[key] ??= issue.message
  }
  const summary = Object.entries(fields)
    .map(([k, m]) => (m.includes(k) ? m : `${k}：${m}`))
    .join('；')
  return { error: { code: 'invalid', message: `${what}有误：${summary}`, fields } }
}

// A body is read as JSON only when its Content-Type says so (application/json, or …+json), and as
// {} otherwise: Hono's validator does so on the server, and the mock does the same.
const JSON_MEDIA_TYPE = /^application\/([\w.-]+\+)?json$/i

export const isJsonContentType = (header: string | null | undefined): boolean =>
  JSON_MEDIA_TYPE.test((header ?? '').split(';')[0]?.trim() ?? '')

/** A body that says it is JSON but does not parse. */
export const malformedJsonBody = (): ApiErrorBody => ({
  error: { code: 'invalid_json', message: '请求内容不是有效的 JSON', fields: { body: '请求体必须是有效的 JSON' } },
})

/**
 * The 400 for input `schema` refused. A body sent without a JSON Content-Type was read as {}, so
 * naming the fields it lacks would mislead: the answer says how to send it instead.
 */
export function invalidInputBody(issues: readonly InputIssue[], what: string, isJsonBody = true): ApiErrorBody {
  if (isJsonBody) return validationErrorBody(issues, what)
  return {
    error: {
      code: 'invalid_json',
      message: `${what}须以 JSON 发送，并带请求头 Content-Type: application/json`,
      fields: { body: '请求体必须是 JSON，Content-Type 为 application/json' },
    },
  }
}
