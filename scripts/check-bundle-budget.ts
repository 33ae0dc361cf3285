// First-load budget: the gzipped JavaScript that the production index.html loads or preloads.
// Heavier parts (charts, the entry form) must be split into chunks that only their pages load.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const BUDGET_KB = 150
const dist = resolve(import.meta.dirname, '../dist')
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g)].map((m) => m[1] ?? '')

let total = 0
for (const src of scripts) {
  const bytes = gzipSync(readFileSync(join(dist, src)), { level: 9 }).length
  total += bytes
  console.log(`${(bytes / 1024).toFixed(1).padStart(7)} KB  ${src}`)
}
const kb = total / 1024
console.log(`first-load JS: ${kb.toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB, ${scripts.length} files)`)
if (scripts.length === 0) {
  console.error('dist/index.html loads no script: is the build broken?')
  process.exit(1)
}
process.exit(kb <= BUDGET_KB ? 0 : 1)
