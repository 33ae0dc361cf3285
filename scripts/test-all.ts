// `npm test`: every check and every suite, then one line that sums them all: "N passed, N failed".
// Checks (types, lint, build, budget) count one each; vitest counts its tests.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

interface Step {
  name: string
  command: string
  /** Reads passed/failed counts after the step; a plain check counts as one. */
  count?: (ok: boolean) => { passed: number; failed: number }
}

const VITEST_JSON = '.tmp/vitest-report.json'
/** Written by the suites' global setups (tests/setup/report.ts): which Chromium and PostgreSQL this run used. */
const ENVIRONMENT = '.tmp/test-environment.txt'

const vitestCounts = (ok: boolean) => {
  try {
    const report = JSON.parse(readFileSync(VITEST_JSON, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numTotalTests: number
    }
    const failed = report.numFailedTests + (report.numTotalTests === 0 || (!ok && report.numFailedTests === 0) ? 1 : 0)
    return { passed: report.numPassedTests, failed }
  } catch {
    return { passed: 0, failed: 1 }
  }
}

const steps: Step[] = [
  { name: 'typecheck', command: 'tsc --noEmit -p .' },
  { name: 'lint', command: 'biome ci --colors=off . && tsx scripts/check-boundaries.ts' },
  { name: 'build', command: 'vite build --logLevel warn' },
  { name: 'first-load budget', command: 'tsx scripts/check-bundle-budget.ts' },
  { name: 'vitest', command: `vitest run --reporter=default --reporter=json --outputFile=${VITEST_JSON}`, count: vitestCounts },
  // Every quote of the catalog occurs in its source document (docs/sources).
  { name: 'sources', command: 'tsx scripts/check-sources.ts' },
]

mkdirSync('.tmp', { recursive: true })
rmSync(VITEST_JSON, { force: true })
rmSync(ENVIRONMENT, { force: true })
let passed = 0
let failed = 0
const summary: string[] = []
for (const step of steps) {
  const started = Date.now()
  console.log(`\n▶ ${step.name}: ${step.command}`)
  const ok =
    spawnSync(step.command, { shell: true, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } }).status === 0
  const counts = step.count ? step.count(ok) : ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 }
  passed += counts.passed
  failed += counts.failed
  summary.push(
    `${ok ? '✓' : '✗'} ${step.name.padEnd(18)} ${counts.passed} passed, ${counts.failed} failed  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  )
}
console.log(`\n${summary.join('\n')}\n`)
if (existsSync(ENVIRONMENT)) console.log(`${readFileSync(ENVIRONMENT, 'utf8').trim()}\n`)
console.log(`${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
