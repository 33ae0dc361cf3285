// Verifies that every quote in the target catalog occurs in its source document.
// Usage: tsx scripts/check-sources.ts   (SOURCES_DIR overrides docs/sources)
// White space is removed from both sides before comparing: the documents are newspaper and
// PDF text whose sentences break across lines and columns.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { loadCatalog, PLAN_YEARS } from '../src/catalog/catalog'
import { SOURCE_DOCUMENTS, type SourceDocument, type SourceQuote } from '../src/domain/target'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
// The documents live in the repository, so a fresh clone can check its quotes with nothing beside it.
const sourcesDir = resolve(process.env.SOURCES_DIR ?? join(repoRoot, 'docs', 'sources'))

const strip = (s: string) => s.replace(/\s+/gu, '')

if (!existsSync(sourcesDir) || !statSync(sourcesDir).isDirectory()) {
  console.error(`来源文件目录不存在: ${sourcesDir}`)
  console.error('请设置 SOURCES_DIR 指向存放来源文件（*.txt）的目录。')
  process.exit(1)
}

const documents = new Map<SourceDocument, string>()
for (const doc of SOURCE_DOCUMENTS) {
  const file = join(sourcesDir, `${doc}.txt`)
  if (existsSync(file)) documents.set(doc, strip(readFileSync(file, 'utf8')))
}

let checked = 0
let missing = 0
for (const year of PLAN_YEARS) {
  for (const target of loadCatalog(year)) {
    const quotes: SourceQuote[] = [
      ...target.sources,
      ...(target.baseline ? [target.baseline.source] : []),
      ...(target.altBaselines ?? []).map((f) => f.source),
      ...(target.province ? [target.province.source] : []),
    ]
    for (const { doc, quote } of quotes) {
      checked++
      const text = documents.get(doc)
      if (text === undefined) {
        missing++
        console.log(`${year} ${target.id}\t${doc}\t（来源文件缺失: ${doc}.txt）\t${quote}`)
      } else if (!text.includes(strip(quote))) {
        missing++
        console.log(`${year} ${target.id}\t${doc}\t${quote}`)
      }
    }
  }
}

console.log(`${checked} quotes checked, ${missing} missing`)
process.exit(missing > 0 ? 1 : 0)
