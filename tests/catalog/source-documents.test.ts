import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SOURCE_DOCUMENTS } from '../../src/domain/target'

// The documents the catalog quotes travel with the repository (npm run check:sources proves the
// quotes against them), each named in docs/sources/README.md with its title, publisher and date.
const dir = resolve(import.meta.dirname, '../../docs/sources')
const readme = readFileSync(join(dir, 'README.md'), 'utf8')
const rows = new Map(
  readme
    .split('\n')
    .filter((line) => /^\|\s*[a-z0-9-]+\.txt\s*\|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim())
      return [cells[1]?.replace(/\.txt$/, ''), cells.slice(2, -1)] as const
    }),
)

describe('source documents in docs/sources', () => {
  it.each(SOURCE_DOCUMENTS)('%s is in the repository with its title, publisher and date', (doc) => {
    expect(readFileSync(join(dir, `${doc}.txt`), 'utf8').length).toBeGreaterThan(1000)
    const [title, publisher, date] = rows.get(doc) ?? []
    expect(title, 'title').toMatch(/[\u4e00-\u9fff]{4}/)
    expect(publisher, 'publisher').toMatch(/[\u4e00-\u9fff]{3}/)
    expect(date, 'date of publication').toMatch(/^\d{4}-\d\d/)
  })

  it('lists no document the catalog does not know', () => {
    expect([...rows.keys()].sort()).toEqual([...SOURCE_DOCUMENTS].sort())
  })
})
