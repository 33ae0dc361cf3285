import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TargetDetailResponseSchema } from '../../src/contract/targets'
import { TestClient } from '../support/http-client'
import { waitLimitMs } from '../support/provided'
import { startServer } from '../support/server-process'

const env = { ADMIN_PASSWORD: 'durability-admin-password' }
const MONTHS = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10']

describe('embedded database durability', () => {
  it('keeps every acknowledged write through a SIGKILL', async () => {
    const first = await startServer({ env })
    const client = new TestClient(first.url)
    await client.login('admin', env.ADMIN_PASSWORD)
    for (const [i, month] of MONTHS.entries()) {
      const res = await client.put(`/api/targets/urban-jobs/observations/${month}`, { value: 0.25 * (i + 1) })
      expect(res.status).toBe(201)
    }
    // The last write is acknowledged; kill at once, with no chance to checkpoint or close.
    await first.kill()

    const second = await startServer({ dataDir: first.dataDir, env })
    try {
      const detail = TargetDetailResponseSchema.parse((await new TestClient(second.url).get('/api/targets/urban-jobs?year=2025')).json)
      expect(detail.observations.map((o) => [o.month, o.value])).toEqual(MONTHS.map((m, i) => [m, 0.25 * (i + 1)]))
    } finally {
      await second.stop()
    }
  })

  it('refuses a second server on the same data directory with a clear message', async () => {
    const first = await startServer({ env })
    try {
      const second = spawnSync(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, '../../server/main.ts')], {
        env: { ...process.env, ...env, PORT: '0', DATA_DIR: first.dataDir },
        encoding: 'utf8',
        timeout: waitLimitMs(),
      })
      expect(second.status).not.toBe(0)
      expect(second.stderr).toContain('已被另一个服务进程')
      // The first server is unharmed.
      expect((await fetch(`${first.url}/api/health`)).status).toBe(200)
    } finally {
      await first.stop()
    }
  })
})
