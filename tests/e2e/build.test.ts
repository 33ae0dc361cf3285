import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const dist = resolve(import.meta.dirname, '../../dist')

describe('production build', () => {
  it('contains no mock code and no service worker', () => {
    expect(existsSync(join(dist, 'index.html'))).toBe(true)
    expect(existsSync(join(dist, 'mockServiceWorker.js'))).toBe(false)
    const scripts = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))
    expect(scripts.length).toBeGreaterThan(0)
    for (const file of scripts) {
      const code = readFileSync(join(dist, 'assets', file), 'utf8')
      for (const marker of ['setupWorker', 'mockServiceWorker', 'sampleSeries', 'admin-demo-password'])
        expect(code, `${file} has ${marker}`).not.toContain(marker)
    }
  })

  it('keeps the chart library out of the first load', () => {
    const html = readFileSync(join(dist, 'index.html'), 'utf8')
    const entry = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? ''
    const code = readFileSync(join(dist, entry), 'utf8')
    expect(code).not.toContain('recharts')
    expect(code).not.toMatch(/ComposedChart|ResponsiveContainer/)
  })
})
