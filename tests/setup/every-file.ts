import { format } from 'node:util'
import { afterAll, afterEach, beforeEach, vi } from 'vitest'
import { runFileEndCleanups } from '../support/cleanup'

// In every suite: an unexpected console.error (a React warning, a failed request, a listener that
// threw) fails the test that caused it. A test that expects one says so by mocking console.error
// itself, which replaces this recorder, and can then assert on it.
let logged: string[] = []
let recorder: { mockRestore(): void } | undefined
beforeEach(() => {
  logged = []
  recorder = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(format(...args))
  })
})
afterEach(() => {
  // Each test starts with a fresh recorder (and a test's own mock of console.error ends with it).
  recorder?.mockRestore()
  const errors = logged
  logged = []
  if (errors.length > 0) throw new Error(`意外的 console.error（${errors.length} 次）：\n${errors.join('\n---\n')}`)
})

// Servers, PostgreSQL clusters and temporary directories that a test file started and did not
// stop (a failed or timed-out hook, say) are stopped and removed when it ends.
afterAll(runFileEndCleanups)
