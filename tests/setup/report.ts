import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '../..')
/** `npm test` (scripts/test-all.ts) prints this file's lines under its summary. */
export const ENVIRONMENT_FILE = join(root, '.tmp', 'test-environment.txt')

// Each project loads the global setups in a module graph of its own; the run's one process is shared.
const REPORTED = Symbol.for('jz.test-environment')

/** Prints what this run uses (which browser, which PostgreSQL…) once, and keeps it for the summary. */
export function reportEnvironment(line: string): void {
  const run = globalThis as { [REPORTED]?: Set<string> }
  if (!run[REPORTED]) {
    run[REPORTED] = new Set()
    mkdirSync(resolve(ENVIRONMENT_FILE, '..'), { recursive: true })
    writeFileSync(ENVIRONMENT_FILE, '')
  }
  if (run[REPORTED].has(line)) return
  run[REPORTED].add(line)
  console.log(line)
  appendFileSync(ENVIRONMENT_FILE, `${line}\n`)
}
