// The import arrows of docs/architecture.md, enforced: features never import each other, the
// domain stays pure, the server and the mocks never reach into the React app.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')

/** The zone of a repository path: "domain", "api", "feature:overview", "server" … */
function zoneOf(path: string): string {
  const parts = path.split('/')
  if (parts[0] === 'src' && parts[1] === 'features') return `feature:${parts[2]}`
  if (parts[0] === 'src') return parts[1] ?? 'src'
  return parts[0] ?? ''
}

// For each zone: the zones it may import (besides itself) and the packages it must not import.
const RULES: Record<string, { zones: string[]; packages?: RegExp }> = {
  domain: { zones: [], packages: /./ },
  lib: { zones: ['domain'], packages: /^(react|@tanstack)/ },
  // The wire's shapes: zod schemas, error and event shapes. Shared by client, mocks and server.
  contract: { zones: ['domain'], packages: /^(?!zod$)/ },
  catalog: { zones: ['domain', 'contract'], packages: /^(react|@tanstack)/ },
  // The one write path (version check, refusals, audit, change event) over a storage interface
  // that the server implements on SQL and the mocks in memory.
  writes: { zones: ['domain', 'contract'], packages: /./ },
  api: { zones: ['domain', 'lib', 'contract'] },
  components: { zones: ['domain', 'lib', 'api', 'contract'] },
  feature: { zones: ['domain', 'lib', 'api', 'contract', 'components'] },
  app: { zones: ['domain', 'lib', 'api', 'contract', 'components', 'feature:*', 'mocks'] },
  // The mocks and the server speak the contract; the client code in src/api is not theirs.
  mocks: { zones: ['domain', 'contract', 'catalog', 'lib', 'writes'], packages: /^react/ },
  server: { zones: ['domain', 'contract', 'catalog', 'lib', 'writes'], packages: /^(react|@tanstack|msw)/ },
}

function allowed(from: string, to: string): boolean {
  if (from === to) return true
  const rule = RULES[from.startsWith('feature:') ? 'feature' : from]
  if (!rule) return true
  return rule.zones.some((z) => z === to || (z === 'feature:*' && to.startsWith('feature:')))
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) yield* sourceFiles(path)
    else if (/\.(ts|tsx)$/.test(entry.name)) yield path
  }
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
const violations: string[] = []
for (const top of ['src', 'server', 'mocks']) {
  for (const file of sourceFiles(join(root, top))) {
    const from = zoneOf(relative(root, file))
    const text = readFileSync(file, 'utf8')
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? ''
      const rel = relative(root, file)
      if (spec.startsWith('.')) {
        const to = zoneOf(relative(root, resolve(dirname(file), spec)))
        if (!allowed(from, to)) violations.push(`${rel}: ${from} 不应导入 ${to} (${spec})`)
      } else {
        const rule = RULES[from.startsWith('feature:') ? 'feature' : from]
        if (rule?.packages?.test(spec)) violations.push(`${rel}: ${from} 不应导入包 ${spec}`)
      }
    }
  }
}

for (const v of violations) console.error(v)
console.log(violations.length === 0 ? 'import boundaries: ok' : `import boundaries: ${violations.length} violations`)
process.exit(violations.length === 0 ? 0 : 1)
