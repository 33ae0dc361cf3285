import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../support/test-app'

describe('GET /api/openapi.json', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('describes every route the server mounts, from the zod schemas', async () => {
    const res = await t.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>> }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        '/api/audit',
        '/api/audit/{id}/restore',
        '/api/auth/login',
        '/api/auth/logout',
        '/api/auth/me',
        '/api/auth/password',
        '/api/auth/tokens',
        '/api/auth/users',
        '/api/events',
        '/api/targets',
        '/api/targets/{id}',
        '/api/targets/{id}/observations/{month}',
      ].sort(),
    )
    const put = doc.paths['/api/targets/{id}/observations/{month}']?.put as unknown as {
      requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown>; required: string[] } } } }
    }
    const bodySchema = put.requestBody.content['application/json'].schema
    expect(Object.keys(bodySchema.properties).sort()).toEqual(['note', 'value', 'version', 'ytdAmount'])
    expect(bodySchema.required).toEqual(['value'])
  })
})
