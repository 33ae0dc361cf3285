import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../support/test-app'

interface Operation {
  parameters?: { name: string; in: string }[]
  requestBody?: { content: Record<string, { schema: { properties?: Record<string, unknown>; required?: string[] } }> }
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>
}
interface Document {
  openapi: string
  paths: Record<string, Record<string, Operation>>
}

describe('the API description', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>
  let doc: Document
  beforeAll(async () => {
    t = await createTestApp()
    const res = await t.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    doc = (await res.json()) as Document
  }, 60_000)
  afterAll(() => t.close())

  /** Every method and path the app really answers under /api, from Hono's own route list. */
  const apiRoutes = () =>
    [
      ...new Set(
        t.app.routes
          .filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/') && !r.path.includes('*'))
          .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}')}`),
      ),
    ].map((key) => key.split(' ') as [string, string])

  it('describes every route the app answers', () => {
    const routes = apiRoutes()
    expect(routes.length).toBeGreaterThanOrEqual(18)
    expect(routes).toContainEqual(['post', '/api/import/observations'])
    expect(routes).toContainEqual(['get', '/api/health'])
    const missing = routes.filter(([method, path]) => !doc.paths[path]?.[method]).map((r) => r.join(' '))
    expect(missing).toEqual([])
    expect(doc.openapi).toBe('3.1.0')
  })

  it('takes request shapes from the contract, with the 400 their validators answer', () => {
    const put = doc.paths['/api/targets/{id}/observations/{month}']?.put
    const body = put?.requestBody?.content['application/json']?.schema
    expect(Object.keys(body?.properties ?? {}).sort()).toEqual(['note', 'value', 'version', 'ytdAmount'])
    expect(body?.required).toEqual(['value'])
    expect(put?.parameters?.map((p) => `${p.in} ${p.name}`).sort()).toEqual(['path id', 'path month'])
    expect(Object.keys(put?.responses ?? {}).sort()).toEqual(['200', '201', '400', '401', '403', '404', '409'])

    const audit = doc.paths['/api/audit']?.get
    expect(audit?.parameters?.map((p) => p.name).sort()).toEqual(['actor', 'before', 'limit', 'month', 'targetId', 'year'])
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(item)) {
        const takesInput = op.requestBody || op.parameters?.some((p) => p.in === 'query')
        if (takesInput) expect(op.responses['400'], `${method} ${path}`).toBeDefined()
      }
    }
  })

  it('is shown as a readable page that loads nothing from elsewhere', async () => {
    const res = await t.app.request('/api/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<title>晋中市目标进度看板 API</title>')
    for (const path of Object.keys(doc.paths)) expect(html).toContain(`<code>${path}</code>`)
    expect(html).toContain('保存某月数据')
    // No script, stylesheet, font or image from another origin (or at all: the page is one file).
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i)
    expect(html).not.toMatch(/(src|href)\s*=\s*["']?(https?:)?\/\//i)
  })
})
