import { errorResponse } from './errors'

/** The body as JSON object, or the same 400s the server gives. */
export async function jsonObject(request: Request, what: string): Promise<object | Response> {
  let body: unknown
  try {
    body = JSON.parse(await request.text())
  } catch {
    return errorResponse(400, 'invalid_json', `${what}不是有效的 JSON`, { body: '请求体必须是 JSON 对象' })
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return errorResponse(400, 'invalid', `${what}有误：请求体必须是 JSON 对象`, { body: '请求体必须是 JSON 对象' })
  }
  return body
}
