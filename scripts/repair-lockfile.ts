// `npm run lock:repair` after `npm install`: the registry this project installs from serves only
// the Linux builds of some native packages (Biome, Tailwind's oxide), so npm cannot record the
// other platforms' optional packages, and `npm ci` then refuses the lock file as out of sync.
// This adds the missing entries as optional packages for their own os/cpu, which every install
// on another platform skips. Nothing is downloaded; only package-lock.json is rewritten.
import { readFileSync, writeFileSync } from 'node:fs'

interface LockPackage {
  version?: string
  dev?: boolean
  optional?: boolean
  optionalDependencies?: Record<string, string>
  os?: string[]
  cpu?: string[]
  libc?: string[]
}

const OS = ['android', 'darwin', 'freebsd', 'linux', 'win32'] as const
const CPU: Record<string, string> = { arm64: 'arm64', x64: 'x64', arm: 'arm', wasm32: 'wasm32', ia32: 'ia32' }

/** "@biomejs/cli-linux-arm64-musl" → { os: linux, cpu: arm64, libc: musl } */
function platformOf(name: string): Pick<LockPackage, 'os' | 'cpu' | 'libc'> {
  const parts = name.split('/').at(-1)?.split('-') ?? []
  const os = OS.find((o) => parts.includes(o))
  const cpu = parts.map((p) => CPU[p]).find(Boolean)
  const libc = parts.includes('musl') ? 'musl' : parts.includes('gnu') || parts.includes('gnueabihf') ? 'glibc' : undefined
  return { ...(os ? { os: [os] } : {}), ...(cpu ? { cpu: [cpu] } : {}), ...(libc ? { libc: [libc] } : {}) }
}

const path = 'package-lock.json'
const lock = JSON.parse(readFileSync(path, 'utf8')) as { packages: Record<string, LockPackage> }
let added = 0
for (const [key, pkg] of Object.entries(lock.packages)) {
  for (const [dep, spec] of Object.entries(pkg.optionalDependencies ?? {})) {
    const where = `node_modules/${dep}`
    if (lock.packages[where] || !/^\d+\.\d+\.\d+/.test(spec)) continue
    lock.packages[where] = { version: spec, ...(pkg.dev ? { dev: true } : {}), optional: true, ...platformOf(dep) }
    added++
    console.log(`added ${dep}@${spec} (for ${key || 'root'})`)
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`)
console.log(`${added} optional platform packages added to ${path}`)
