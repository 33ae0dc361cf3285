import type { z } from 'zod'
import type { ApiErrorBody } from './error'

/**
 * How every 400 for a bad body or query reads, on the server and in the mock alike: a message
 * naming every bad field (the schemas carry Chinese messages) and the fields one by one.
 */
export function validationErrorBody(error: z.ZodError, what: string): ApiErrorBody {
  const fields: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || what
    fields[key] ??= issue.message
  }
  const summary = Object.entries(fields)
    .map(([k, m]) => (m.includes(k) ? m : `${k}：${m}`))
    .join('；')
  return { error: { code: 'invalid', message: `${what}有误：${summary}`, fields } }
}
