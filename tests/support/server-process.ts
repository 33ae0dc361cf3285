import { type ChildProcess, spawn } from 'node:child_process'
import { cpSync } from 'node:fs'
import { createServer } from 'node:net'
import { join, resolve } from 'node:path'
import { setTimeout as delay } from 'node:timers/promises'
import { onFileEnd } from './cleanup'
import { provided, waitLimitMs } from './provided'
import { tempDir } from './temp'

const root = resolve(import.meta.dirname, '../..')

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const probe = createServer()
    probe.once('error', fail)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))))
    })
  })
}

export interface RunningServer {
  url: string
  dataDir: string
  process: ChildProcess
  output: () => string
  /** SIGTERM and wait for a clean exit. */
  stop: () => Promise<number | null>
  /** SIGKILL: no shutdown code runs, as in a crash or power loss. */
  kill: () => Promise<void>
}

const running = new Set<ChildProcess>()
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL')
})

/**
 * Starts the real server (`server/main.ts`) as its own process and waits until it answers. A new
 * data directory starts as a copy of the run's migrated template database (when vitest provides
 * one), so a start costs a copy and an open rather than a PGlite initdb and every migration. The
 * process is stopped, and its directory removed, when the test file ends at the latest.
 */
export async function startServer(options: { dataDir?: string; env?: Record<string, string> } = {}): Promise<RunningServer> {
  const port = await freePort()
  let dataDir = options.dataDir
  if (dataDir === undefined) {
    dataDir = tempDir('data')
    const template = provided('pgliteTemplate')
    if (template && !options.env?.DATABASE_URL) cpSync(template, join(dataDir, 'pg'), { recursive: true })
  }
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  running.add(child)
  let log = ''
  child.stdout?.on('data', (d) => {
    log += d
  })
  child.stderr?.on('data', (d) => {
    log += d
  })
  const exited = new Promise<number | null>((ok) =>
    child.once('exit', (code) => {
      running.delete(child)
      ok(code)
    }),
  )
  const kill = async () => {
    child.kill('SIGKILL')
    await exited
  }
  const cleanup = onFileEnd(async () => {
    if (child.exitCode === null && child.signalCode === null) await kill()
  })

  const url = `http://127.0.0.1:${port}`
  const limit = waitLimitMs()
  const deadline = Date.now() + limit
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`server exited with ${child.exitCode ?? child.signalCode}:\n${log}`)
    try {
      const res = await fetch(`${url}/api/health`)
      if (res.ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await cleanup()
      throw new Error(`server did not answer within ${limit / 1000} s:\n${log}`)
    }
    await delay(100)
  }
  return {
    url,
    dataDir,
    process: child,
    output: () => log,
    stop: async () => {
      child.kill('SIGTERM')
      const code = await exited
      await cleanup()
      return code
    },
    kill: async () => {
      await kill()
      await cleanup()
    },
  }
}
