// Verifies that every quote occurs in its source document: the target catalog's (targets, baselines,
// province figures), the published 2025 figures (公开数据), the 2024 figures kept for context, and
// the sentences that date each document.
// Usage: tsx scripts/check-sources.ts   (SOURCES_DIR overrides docs/sources)
// White space is removed from both sides before comparing: the documents are newspaper and
// PDF text whose sentences break across lines and columns.
import { existsSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CONTEXT_FIGURES_2024 } from '../src/catalog/2025/context-figures'
import { DOCUMENT_DATES } from '../src/catalog/2025/docs'
import { loadCatalog, PLAN_YEARS, publishedFigures } from '../src/catalog/catalog'
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

/** Every quote to check, with a label that says where it sits. */
const quotes: Array<{ where: string } & SourceQuote> = []
for (const year of PLAN_YEARS) {
  for (const target of loadCatalog(year)) {
    const own: SourceQuote[] = [
      ...target.sources,
      ...(target.baseline ? [target.baseline.source] : []),
      ...(target.altBaselines ?? []).map((f) => f.source),
      ...(target.province ? [target.province.source] : []),
    ]
    for (const q of own) quotes.push({ where: `${year} ${target.id}`, ...q })
  }
  for (const f of publishedFigures(year)) quotes.push({ where: `${year} 公开数据 ${f.targetId} ${f.month}`, ...f.source })
}
for (const c of CONTEXT_FIGURES_2024) {
  for (const f of c.figures) quotes.push({ where: `${f.year} ${c.id}`, ...f.source })
}
for (const doc of SOURCE_DOCUMENTS) {
  quotes.push({ where: `日期 ${DOCUMENT_DATES[doc].date}`, doc, quote: DOCUMENT_DATES[doc].quote })
}

let missing = 0
for (const { where, doc, quote } of quotes) {
  const text = documents.get(doc)
  if (text === undefined) {
    missing++
    console.log(`${where}\t${doc}\t（来源文件缺失: ${doc}.txt）\t${quote}`)
  } else if (!text.includes(strip(quote))) {
    missing++
    console.log(`${where}\t${doc}\t${quote}`)
  }
}

console.log(`${quotes.length} quotes checked, ${missing} missing`)
process.exit(missing > 0 ? 1 : 0)
