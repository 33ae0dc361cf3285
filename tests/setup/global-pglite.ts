import { rmSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { openPglite } from '../../server/db/pglite'
import { prepareDatabase } from '../../server/db/prepare'
import { reportEnvironment } from './report'

// Global setup of the suites that open databases: migrate and seed one PGlite data directory per
// run, which every test database and every test server then copies. A new PGlite runs initdb and
// every migration (5–10 s on a busy machine); a copy opens in about a second.

interface Template {
  dir: Promise<string>
  users: number
  root: string
}
// Shared by the projects of one run (each loads this file in a module graph of its own).
const SHARED = Symbol.for('jz.pglite-template')

async function build(root: string): Promise<string> {
  const started = performance.now()
  const db = await openPglite(root)
  try {
    await prepareDatabase(db)
  } finally {
    await db.close()
  }
  reportEnvironment(
    `PGlite 模板数据库：迁移并写入目录一次 ${((performance.now() - started) / 1000).toFixed(1)} s，每个测试数据库和测试服务复制一份`,
  )
  return join(root, 'pg')
}

export async function setup(project: TestProject) {
  const run = globalThis as { [SHARED]?: Template }
  if (!run[SHARED]) {
    const root = await mkdtemp(join(tmpdir(), 'jz-template-'))
    run[SHARED] = { dir: build(root), users: 0, root }
  }
  const template = run[SHARED]
  template.users++
  project.provide('pgliteTemplate', await template.dir)
  return () => {
    template.users--
    if (template.users === 0) {
      rmSync(template.root, { recursive: true, force: true })
      delete run[SHARED]
    }
  }
}
