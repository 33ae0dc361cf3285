type Cleanup = () => unknown

const atFileEnd: Cleanup[] = []

/**
 * Runs `fn` when the test file ends (tests/setup/every-file.ts), whatever happened in it: a server
 * whose start timed out in beforeAll is stopped all the same. Returns a function that runs it
 * at once instead (and only once).
 */
export function onFileEnd(fn: Cleanup): () => Promise<void> {
  let done = false
  const once = async () => {
    if (done) return
    done = true
    const i = atFileEnd.indexOf(once)
    if (i >= 0) atFileEnd.splice(i, 1)
    await fn()
  }
  atFileEnd.push(once)
  return once
}

/** Every cleanup still pending, newest first; all run even when one fails. */
export async function runFileEndCleanups(): Promise<void> {
  const errors: unknown[] = []
  while (atFileEnd.length > 0) {
    try {
      await atFileEnd.at(-1)?.()
    } catch (error) {
      errors.push(error)
    }
  }
  if (errors.length > 0) throw new AggregateError(errors, '测试文件结束时的清理失败')
}
