import { accessSync, constants, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import type { LaunchOptions } from 'playwright-core'

/**
 * The Chromium the e2e suite drives: the system's when it has one, otherwise the one in the npm
 * package @sparticuz/chromium, so that `npm ci && npm test` needs nothing but Node.
 * `TEST_CHROMIUM=bundled` forces the package's (to exercise that path on a machine that has both),
 * `TEST_CHROMIUM=system` refuses to fall back, `CHROMIUM_PATH` names a binary outright.
 */
export interface ChromiumChoice {
  source: 'system' | 'bundled'
  executablePath: string
  /** Extra environment for the browser process (the bundled build's own libraries and fonts). */
  env: Record<string, string>
  /** One line for the test output: which browser this run used. */
  label: string
}

const root = resolve(import.meta.dirname, '../..')
const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']

const executable = (path: string) => {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}

export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const wanted = env.TEST_CHROMIUM ?? 'auto'
  if (!['auto', 'system', 'bundled'].includes(wanted)) throw new Error(`TEST_CHROMIUM 无效：${wanted}（auto、system 或 bundled）`)
  if (env.CHROMIUM_PATH)
    return { source: 'system', executablePath: env.CHROMIUM_PATH, env: {}, label: `系统 Chromium (CHROMIUM_PATH=${env.CHROMIUM_PATH})` }
  if (wanted !== 'bundled') {
    const found = SYSTEM_CANDIDATES.find(executable)
    if (found) return { source: 'system', executablePath: found, env: {}, label: `系统 Chromium (${found})` }
    if (wanted === 'system') throw new Error(`TEST_CHROMIUM=system，但找不到系统 Chromium（${SYSTEM_CANDIDATES.join('、')}）`)
  }
  return bundledChromium()
}

/**
 * Unpacks the package's brotli-packed Chromium once into node_modules/.cache (a few seconds; later
 * runs reuse it, and `npm ci` starts afresh). The package unpacks into os.tmpdir(), shared by
 * every user and checkout of the machine, so it is pointed at a private staging directory that is
 * renamed into place when complete: a concurrent run either finds the finished copy or makes its own.
 */
async function bundledChromium(): Promise<ChromiumChoice> {
  // The package exports no package.json: find it from its entry point (build/cjs/index.cjs).
  const packageDir = resolve(dirname(createRequire(import.meta.url).resolve('@sparticuz/chromium')), '..', '..')
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string }
  const cacheRoot = join(root, 'node_modules', '.cache')
  const dir = join(cacheRoot, `jz-chromium-${version}`)
  if (!existsSync(join(dir, 'chromium'))) {
    mkdirSync(cacheRoot, { recursive: true })
    const staging = mkdtempSync(join(cacheRoot, `jz-chromium-${version}.staging-`))
    // Imported before the environment below is changed: on import it adjusts this process's
    // environment when it believes it runs on Lambda.
    const { default: Chromium } = await import('@sparticuz/chromium')
    const saved = { TMPDIR: process.env.TMPDIR, AWS_EXECUTION_ENV: process.env.AWS_EXECUTION_ENV }
    try {
      process.env.TMPDIR = staging
      // The package unpacks its own NSS and expat libraries only on AWS Lambda; a machine with
      // nothing but Node lacks them as well, so it is told to (only for the length of this call).
      process.env.AWS_EXECUTION_ENV = 'AWS_Lambda_nodejs20.x'
      // No WebGL in these tests (--disable-gpu): its SwiftShader libraries need not be unpacked.
      Chromium.setGraphicsMode = false
      await Chromium.executablePath()
    } catch (error) {
      rmSync(staging, { recursive: true, force: true })
      throw error
    } finally {
      for (const [key, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[key]
        else process.env[key] = value
      }
    }
    writeFileSync(
      join(staging, 'fonts.conf'),
      // The package's own fonts.conf names Lambda's paths; this one names the unpacked fonts and the system's, if any.
      `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <dir>${join(dir, 'fonts')}</dir>\n  <dir>/usr/share/fonts</dir>\n  <dir>/usr/local/share/fonts</dir>\n  <cachedir>${join(dir, 'fonts-cache')}</cachedir>\n</fontconfig>\n`,
    )
    try {
      renameSync(staging, dir)
    } catch (error) {
      // Another run finished first: use its copy.
      rmSync(staging, { recursive: true, force: true })
      if (!existsSync(join(dir, 'chromium'))) throw error
    }
  }
  return {
    source: 'bundled',
    executablePath: join(dir, 'chromium'),
    env: { LD_LIBRARY_PATH: join(dir, 'al2023', 'lib'), FONTCONFIG_FILE: join(dir, 'fonts.conf') },
    label: `npm 包 @sparticuz/chromium ${version} (${join(dir, 'chromium')})`,
  }
}

/** Headless, with the flags this network needs (no Google lookups) and the choice's own environment. */
export function launchOptions(choice: ChromiumChoice): LaunchOptions {
  return {
    executablePath: choice.executablePath,
    headless: true,
    ...(Object.keys(choice.env).length > 0 ? { env: { ...process.env, ...choice.env } } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  }
}
