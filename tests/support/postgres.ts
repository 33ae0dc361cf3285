import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from './server-process'

export interface RunningPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/jz`, trust auth. */
  url: string
  stop: () => Promise<void>
}

/** The newest PostgreSQL's bin directory (Debian's `postgresql` package), or undefined. */
function findPostgresBin(): string | undefined {
  const base = '/usr/lib/postgresql'
  if (!existsSync(base)) return undefined
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')) && existsSync(join(base, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(base, versions[0], 'bin')
}

/** Why a throwaway cluster cannot run here, or undefined when it can. */
function postgresUnavailable(): string | undefined {
  if (!findPostgresBin()) return 'PostgreSQL 未安装：找不到 /usr/lib/postgresql/*/bin/initdb (apt-get install postgresql)'
  if (process.getuid?.() === 0) {
    if (spawnSync('id', ['-u', 'postgres']).status !== 0) return '以 root 运行但没有 postgres 系统用户 (PostgreSQL 拒绝以 root 运行)'
    if (spawnSync('runuser', ['--help']).error) return '以 root 运行但找不到 runuser'
  }
  return undefined
}

/**
 * A throwaway PostgreSQL cluster on a free loopback port, in a temporary directory, with trust
 * auth and a database `jz`. As root it runs as the `postgres` OS user (PostgreSQL refuses root).
 * Throws, saying what to install, when PostgreSQL is not available: the suites that need it fail
 * rather than skip (`.ci/run` installs it).
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const unavailable = postgresUnavailable()
  if (unavailable) throw new Error(unavailable)
  const bin = findPostgresBin() as string
  const asRoot = process.getuid?.() === 0
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? 'runuser' : join(bin, tool)
    const argv = asRoot ? ['-u', 'postgres', '--', join(bin, tool), ...args] : args
    try {
      return execFileSync(command, argv, { stdio: 'pipe', encoding: 'utf8', cwd: tmpdir() })
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string }
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`)
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'jz-pg-'))
  const data = join(dir, 'data')
  const sockets = join(dir, 'sockets')
  mkdirSync(sockets)
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
    chownSync(sockets, uid, gid)
  }
  const port = await freePort()
  const stopCluster = () => {
    try {
      run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w'])
    } catch {
      // not running (start failed) or already stopped
    }
    rmSync(dir, { recursive: true, force: true })
  }
  try {
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'])
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${sockets} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
    run('pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', join(dir, 'postgres.log'), '-o', options])
    run('createdb', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', 'jz'])
  } catch (error) {
    stopCluster()
    throw error
  }
  let stopped = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/jz`,
    stop: async () => {
      if (stopped) return
      stopped = true
      stopCluster()
    },
  }
}
