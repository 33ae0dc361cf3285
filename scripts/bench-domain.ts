// `npm run bench:domain`: how long the engine takes to judge a whole plan year (every target, its
// status, pace and month-by-month history), the work behind each GET /api/targets. Prints figures.
import { performance } from 'node:perf_hooks'
import { sampleSeries } from '../mocks/data/sample-series'
import { loadCatalog } from '../src/catalog/catalog'
import { evaluateTargets } from '../src/domain/evaluate-plan'

const targets = loadCatalog(2025)
const asOf = '2025-12-31'
const observations = sampleSeries(targets, '2026-01-31') // a full year of sample figures (示例数据)
const ROUNDS = Number(process.env.ROUNDS ?? 500)

for (let i = 0; i < 50; i++) evaluateTargets(targets, observations, asOf) // warm up the JIT
const times: number[] = []
for (let i = 0; i < ROUNDS; i++) {
  const started = performance.now()
  evaluateTargets(targets, observations, asOf)
  times.push(performance.now() - started)
}
times.sort((a, b) => a - b)
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]?.toFixed(2)
console.log(`evaluateTargets: ${targets.length} targets, ${observations.length} figures, ${ROUNDS} rounds`)
console.log(`p50 ${at(50)} ms  p95 ${at(95)} ms  max ${times.at(-1)?.toFixed(2)} ms`)
