// `npm run bench:api`: how fast the real server answers, measured over real HTTP against a real
// server process on an embedded database filled with the sample series (示例数据, bench only).
// Prints figures; asserts nothing.
import { performance } from 'node:perf_hooks'
import { sampleSeries } from '../mocks/data/sample-series'
import { loadCatalog } from '../src/catalog/catalog'
import { TestClient } from '../tests/support/http-client'
import { startServer } from '../tests/support/server-process'
import { openSse } from '../tests/support/sse-client'

const ADMIN_PASSWORD = 'bench-admin-password'
const ROUNDS = Number(process.env.ROUNDS ?? 200)

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN
function report(name: string, samples: number[], extra = '') {
  const s = [...samples].sort((a, b) => a - b)
  const mean = s.reduce((a, b) => a + b, 0) / s.length
  console.log(
    `${name.padEnd(34)} n=${String(s.length).padStart(4)}  p50 ${percentile(s, 50).toFixed(1).padStart(6)} ms  p95 ${percentile(s, 95).toFixed(1).padStart(6)} ms  mean ${mean.toFixed(1).padStart(6)} ms ${extra}`,
  )
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now()
  const result = await fn()
  return [performance.now() - started, result]
}

const bootStarted = performance.now()
const server = await startServer({ env: { ADMIN_PASSWORD } })
console.log(`server start (fresh database, migrate, seed): ${(performance.now() - bootStarted).toFixed(0)} ms`)
try {
  const client = new TestClient(server.url)
  await client.login('admin', ADMIN_PASSWORD)

  const observations = sampleSeries(loadCatalog(2025), '2025-11-20')
  const puts: number[] = []
  for (const o of observations) {
    const [ms, res] = await timed(() => client.put(`/api/targets/${o.targetId}/observations/${o.month}`, { value: o.value }))
    if (res.status !== 201) throw new Error(`PUT ${o.targetId} ${o.month}: ${res.status}`)
    puts.push(ms)
  }
  report('PUT observation (create)', puts)

  const list: number[] = []
  let bytes = 0
  for (let i = 0; i < ROUNDS; i++) {
    const [ms, res] = await timed(() => fetch(`${server.url}/api/targets?year=2025`).then((r) => r.text()))
    bytes = res.length
    list.push(ms)
  }
  report('GET /api/targets (72 targets)', list, ` ${(bytes / 1024).toFixed(0)} KB`)

  const detail: number[] = []
  for (let i = 0; i < ROUNDS; i++)
    detail.push((await timed(() => fetch(`${server.url}/api/targets/urban-jobs?year=2025`).then((r) => r.text())))[0])
  report('GET /api/targets/urban-jobs', detail)

  const sse = await openSse(`${server.url}/api/events`)
  await sse.next('ready')
  const live: number[] = []
  let version = 1
  for (let i = 0; i < 50; i++) {
    const started = performance.now()
    const res = await client.put('/api/targets/urban-jobs/observations/2025-10', { value: 2.8 + i / 1000, version })
    version = Number(res.json.version)
    await sse.next('change')
    live.push(performance.now() - started)
  }
  report('PUT → SSE change received', live)
  sse.close()
} finally {
  await server.stop()
}
