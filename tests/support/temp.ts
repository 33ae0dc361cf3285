import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { onFileEnd } from './cleanup'

const left = new Set<string>()
process.once('exit', () => {
  for (const dir of left) rmSync(dir, { recursive: true, force: true })
})

/**
 * A fresh directory under the system's temporary directory, removed when the test file ends (or,
 * outside vitest, when the process exits).
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `jz-${prefix}-`))
  left.add(dir)
  onFileEnd(() => {
    rmSync(dir, { recursive: true, force: true })
    left.delete(dir)
  })
  return dir
}
