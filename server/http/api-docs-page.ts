// GET /api/docs: the generated OpenAPI document as one readable page, rendered here so that it
// needs no script, font or style from anywhere else (the server may run on an isolated network).

/** The parts of a JSON Schema (as zod writes them) that the page shows. */
interface JsonSchema {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  additionalProperties?: JsonSchema | boolean
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  enum?: unknown[]
  const?: unknown
  $ref?: string
  description?: string
  format?: string
  pattern?: string
  default?: unknown
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
  maxItems?: number
}
interface Media {
  schema?: JsonSchema
}
interface Operation {
  tags?: string[]
  summary?: string
  description?: string
  parameters?: { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema }[]
  requestBody?: { required?: boolean; content?: Record<string, Media> }
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>
}
export interface ApiDocument {
  info: { title: string; version: string; description?: string }
  tags?: { name: string; description?: string }[]
  paths?: Record<string, Partial<Record<Method, Operation>> | undefined>
}

const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const
type Method = (typeof METHODS)[number]

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
const json = (value: unknown) => escapeHtml(JSON.stringify(value))
const anchor = (method: string, path: string) => `${method}-${path.replace(/[^a-z0-9]+/gi, '-')}`

/** "string", "number | null", "\"amount\"", "object[]", "{ [键]: number }" */
function typeOf(s: JsonSchema): string {
  if (s.$ref) return escapeHtml(s.$ref.split('/').at(-1) ?? s.$ref)
  if (s.const !== undefined) return json(s.const)
  if (s.enum) return s.enum.map(json).join(' | ')
  const union = s.anyOf ?? s.oneOf
  if (union) return [...new Set(union.map(typeOf))].join(' | ')
  if (s.allOf) return s.allOf.map(typeOf).join(' & ')
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : []
  return (
    types
      .map((t) => {
        if (t === 'array') return `${s.items ? typeOf(s.items) : 'any'}[]`
        if (t === 'object' && !s.properties && typeof s.additionalProperties === 'object')
          return `{ [键]: ${typeOf(s.additionalProperties)} }`
        return t
      })
      .join(' | ') || 'any'
  )
}

function notesOf(s: JsonSchema): string {
  const notes: string[] = []
  if (s.description) notes.push(escapeHtml(s.description))
  if (s.format) notes.push(`格式 ${escapeHtml(s.format)}`)
  if (s.pattern) notes.push(`匹配 <code>${escapeHtml(s.pattern)}</code>`)
  // zod bounds every integer by the safe range; only a bound of the field's own is worth a note.
  const own = (bound: number | undefined) => bound !== undefined && Math.abs(bound) !== Number.MAX_SAFE_INTEGER
  if (own(s.minimum)) notes.push(`≥ ${s.minimum}`)
  if (own(s.exclusiveMinimum)) notes.push(`> ${s.exclusiveMinimum}`)
  if (own(s.maximum)) notes.push(`≤ ${s.maximum}`)
  if (s.minLength !== undefined) notes.push(`至少 ${s.minLength} 字`)
  if (s.maxLength !== undefined) notes.push(`至多 ${s.maxLength} 字`)
  if (s.minItems !== undefined) notes.push(`至少 ${s.minItems} 项`)
  if (s.maxItems !== undefined) notes.push(`至多 ${s.maxItems} 项`)
  if (s.default !== undefined) notes.push(`缺省 ${json(s.default)}`)
  return notes.join('；')
}

interface Row {
  depth: number
  name: string
  type: string
  required: boolean
  notes: string
}

/** The fields of an object (and of objects inside it), one row each, indented by depth. */
function fieldRows(s: JsonSchema, depth = 0): Row[] {
  if (depth > 8) return []
  const variants = (s.anyOf ?? s.oneOf ?? []).filter((v) => v.properties)
  if (variants.length > 1) {
    // A discriminated union: each variant under a row that says which one it is.
    return variants.flatMap((v, i) => {
      const tag = Object.entries(v.properties ?? {}).find(([, p]) => p.const !== undefined)
      const name = tag ? `${tag[0]} = ${json(tag[1].const)}` : `其一 (${i + 1})`
      return [{ depth, name, type: '', required: false, notes: '' }, ...fieldRows(v, depth + 1)]
    })
  }
  const object = variants[0] ?? s
  if (!object.properties) return s.items ? fieldRows(s.items, depth) : []
  return Object.entries(object.properties).flatMap(([name, p]) => [
    { depth, name: escapeHtml(name), type: typeOf(p), required: object.required?.includes(name) ?? false, notes: notesOf(p) },
    ...fieldRows(p, depth + 1),
  ])
}

function schemaTable(s: JsonSchema | undefined): string {
  if (!s) return ''
  const rows = fieldRows(s)
  if (rows.length === 0) return `<p class="type">类型：<code>${typeOf(s)}</code></p>`
  const body = rows
    .map(
      (r) =>
        `<tr><td style="padding-left:${0.6 + r.depth * 1.2}rem"><code>${r.name}</code>${r.required ? '<span class="req" title="必填">*</span>' : ''}</td>` +
        `<td><code>${r.type}</code></td><td>${r.notes}</td></tr>`,
    )
    .join('')
  return `<table><thead><tr><th>字段</th><th>类型</th><th>说明</th></tr></thead><tbody>${body}</tbody></table>`
}

function mediaBlock(content: Record<string, Media> | undefined): string {
  return Object.entries(content ?? {})
    .map(([type, media]) => `<div class="media">${escapeHtml(type)}</div>${schemaTable(media.schema)}`)
    .join('')
}

function operationHtml(method: string, path: string, op: Operation): string {
  const params = op.parameters ?? []
  const paramTable = params.length
    ? `<h4>参数</h4><table><thead><tr><th>名称</th><th>位置</th><th>类型</th><th>说明</th></tr></thead><tbody>${params
        .map(
          (p) =>
            `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? '<span class="req" title="必填">*</span>' : ''}</td><td>${p.in === 'path' ? '路径' : '查询'}</td>` +
            `<td><code>${p.schema ? typeOf(p.schema) : 'string'}</code></td><td>${[p.description ? escapeHtml(p.description) : '', p.schema ? notesOf(p.schema) : ''].filter(Boolean).join('；')}</td></tr>`,
        )
        .join('')}</tbody></table>`
    : ''
  const body = op.requestBody ? `<h4>请求体${op.requestBody.required ? '' : '（可省略）'}</h4>${mediaBlock(op.requestBody.content)}` : ''
  const responses = Object.entries(op.responses ?? {})
    .map(([status, r]) => {
      const detail = mediaBlock(r.content)
      const head = `<span class="status s${status[0]}">${escapeHtml(status)}</span> ${escapeHtml(r.description ?? '')}`
      return detail ? `<details><summary>${head}</summary>${detail}</details>` : `<div class="response">${head}</div>`
    })
    .join('')
  return `<section class="op" id="${anchor(method, path)}">
<h3><span class="method ${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
${op.summary ? `<p class="summary">${escapeHtml(op.summary)}</p>` : ''}${op.description ? `<p>${escapeHtml(op.description)}</p>` : ''}
${paramTable}${body}<h4>回答</h4>${responses}</section>`
}

const STYLE = `
*{box-sizing:border-box}body{margin:0;font:15px/1.6 "Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;color:#1f2933;background:#f5f7fa}
code{font:13px/1.4 ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace}
a{color:#1d4ed8;text-decoration:none}a:hover{text-decoration:underline}
.layout{display:grid;grid-template-columns:300px 1fr;min-height:100vh}
nav{position:sticky;top:0;height:100vh;overflow:auto;background:#102a43;color:#d9e2ec;padding:1.2rem 1rem}
nav h1{font-size:1.05rem;margin:0 0 .2rem;color:#fff}nav .version{font-size:.8rem;color:#9fb3c8;margin-bottom:1rem}
nav h2{font-size:.8rem;letter-spacing:.05em;color:#9fb3c8;margin:1.1rem 0 .3rem}
nav a{display:flex;gap:.5rem;align-items:baseline;color:#f0f4f8;padding:.15rem 0;font-size:.85rem}
nav a code{font-size:.78rem;color:#d9e2ec;word-break:break-all}
main{padding:2rem 2.5rem;max-width:1100px}
.intro{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:1rem 1.4rem;margin-bottom:2rem}
.intro p{margin:.5rem 0}
h2.tag{margin:2.2rem 0 .2rem;font-size:1.3rem}p.tag{margin:0 0 1rem;color:#52606d}
.op{background:#fff;border:1px solid #d9e2ec;border-radius:8px;padding:1rem 1.4rem;margin:0 0 1.2rem}
.op h3{margin:0;font-size:1.05rem;display:flex;gap:.6rem;align-items:center;flex-wrap:wrap}
.op h4{margin:1rem 0 .4rem;font-size:.9rem;color:#334e68}.summary{font-weight:600;margin:.5rem 0 .2rem}
.method{display:inline-block;min-width:4.2rem;text-align:center;border-radius:4px;padding:.1rem .4rem;font:700 .78rem/1.5 ui-monospace,monospace;color:#fff}
.get{background:#0f766e}.post{background:#1d4ed8}.put{background:#b45309}.delete{background:#b91c1c}.patch{background:#6d28d9}
nav .method{min-width:3.6rem;font-size:.68rem}
table{border-collapse:collapse;width:100%;font-size:.86rem;margin:.2rem 0 .6rem}
th,td{border-bottom:1px solid #e4e7eb;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f0f4f8;font-weight:600;color:#334e68}
td:first-child{white-space:nowrap}.req{color:#b91c1c;margin-left:.15rem}
.media{font:12px ui-monospace,monospace;color:#52606d;margin:.3rem 0}
details,.response{border:1px solid #e4e7eb;border-radius:6px;padding:.35rem .7rem;margin:.35rem 0}
summary{cursor:pointer}.status{display:inline-block;font:700 .8rem ui-monospace,monospace;border-radius:4px;padding:0 .35rem;margin-right:.3rem}
.s2{background:#d1fae5;color:#065f46}.s4{background:#fee2e2;color:#991b1b}.s5{background:#fde68a;color:#92400e}
@media (max-width:800px){.layout{display:block}nav{position:static;height:auto}main{padding:1rem}}
`

/** The whole page, grouped by tag in the document's order. */
export function renderApiDocs(doc: ApiDocument): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const op = item?.[method]
      return op ? [{ method, path, op, tag: op.tags?.[0] ?? '其他' }] : []
    }),
  )
  const tags = [...(doc.tags ?? []), ...[...new Set(operations.map((o) => o.tag))].map((name) => ({ name, description: '' }))].filter(
    (t, i, all) => all.findIndex((u) => u.name === t.name) === i && operations.some((o) => o.tag === t.name),
  )
  const nav = tags
    .map(
      (t) =>
        `<h2>${escapeHtml(t.name)}</h2>${operations
          .filter((o) => o.tag === t.name)
          .map(
            (o) =>
              `<a href="#${anchor(o.method, o.path)}"><span class="method ${o.method}">${o.method.toUpperCase()}</span><code>${escapeHtml(o.path)}</code></a>`,
          )
          .join('')}`,
    )
    .join('')
  const sections = tags
    .map(
      (t) =>
        `<h2 class="tag">${escapeHtml(t.name)}</h2>${t.description ? `<p class="tag">${escapeHtml(t.description)}</p>` : ''}${operations
          .filter((o) => o.tag === t.name)
          .map((o) => operationHtml(o.method, o.path, o.op))
          .join('')}`,
    )
    .join('')
  const intro = (doc.info.description ?? '')
    .split(/\n\n+/)
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('')
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)}</title><style>${STYLE}</style></head>
<body><div class="layout"><nav><h1>${escapeHtml(doc.info.title)}</h1><div class="version">版本 ${escapeHtml(doc.info.version)} · <a href="openapi.json" style="display:inline;color:#9fd3ff">openapi.json</a></div>${nav}</nav>
<main><div class="intro"><h1 style="margin:.2rem 0">${escapeHtml(doc.info.title)}</h1>${intro}<p>字段名后的 <span class="req">*</span> 表示必填。</p></div>${sections}</main></div></body></html>`
}
