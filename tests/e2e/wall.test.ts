import { describe, expect, it } from 'vitest'
import { sampleSeries } from '../../mocks/data/sample-series'
import { loadCatalog } from '../../src/catalog/catalog'
import { TestClient } from '../support/http-client'
import { useServerAndBrowser } from './harness'

const ADMIN_PASSWORD = 'wall-e2e-admin-password'

// The meeting-room display from the production build, served by the real server on a fresh
// database: it rotates by itself, fits a 1080p screen without scrolling, and says how fresh it is.
describe('wall display in Chromium against the real server', () => {
  const e2e = useServerAndBrowser({ ADMIN_PASSWORD })

  it('shows the summary, rotates to the next page, never scrolls, and keeps its status line', async () => {
    const page = await e2e.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${e2e.server.url}/wall?interval=2`)
    const title = page.getByRole('heading', { level: 1 })

    await page.getByRole('list', { name: '各状态目标数' }).waitFor()
    expect(await title.textContent()).toContain('总览')
    expect(await page.getByRole('region', { name: '主要指标' }).getByRole('article').count()).toBe(8)
    // A fresh database has no 2025 figures and no sample data: nothing may pretend otherwise.
    expect(await page.getByText('示例数据').count()).toBe(0)
    // No app header on the wall: the whole screen is the display.
    expect(await page.getByRole('link', { name: /晋中市目标进度看板/ }).count()).toBe(0)

    const status = page.getByRole('status')
    expect(await status.textContent()).toMatch(/数据截至 \d{4}-\d\d-\d\d.*最后更新 \d\d:\d\d:\d\d/)
    await status.getByText('实时', { exact: true }).waitFor()

    const fits = () => page.evaluate(() => (document.scrollingElement?.scrollHeight ?? 0) <= window.innerHeight)
    expect(await fits()).toBe(true)

    // Rotation is the page's own timer: wait for it to turn to page 2 rather than sleeping past the interval.
    await page
      .getByTestId('wall-page')
      .getByText(/^2\/\d+$/)
      .waitFor()
    expect(await title.textContent()).not.toContain('总览')
    expect(await fits()).toBe(true)
    expect(await status.isVisible()).toBe(true)
    await page.close()
  })

  it('fits every card of every page on a 1080p and a 4K screen once figures are in', async () => {
    // A year of figures (the sample series, in this throwaway database only) makes the cards as full as they get.
    const client = new TestClient(e2e.server.url)
    await client.login('admin', ADMIN_PASSWORD)
    const rows = sampleSeries(loadCatalog(2025), '2025-11-20').map((o, i) => ({
      line: i + 2,
      targetId: o.targetId,
      month: o.month,
      value: o.value,
    }))
    expect((await client.post('/api/import/observations', { rows })).status).toBe(200)

    // In the year (projections and notices on 需要关注) and after it (未报全年数据 on every card
    // without its year-end figure), at fixed dates rather than today's.
    for (const [viewport, asOf] of [
      [{ width: 1920, height: 1080 }, '2025-11-20'],
      [{ width: 1920, height: 1080 }, '2026-03-31'],
      [{ width: 3840, height: 2160 }, '2025-11-20'],
    ] as const) {
      const page = await e2e.newPage({ viewport })
      await page.goto(`${e2e.server.url}/wall?page=0&asOf=${asOf}`)
      await page.getByRole('list', { name: '各状态目标数' }).waitFor()
      const pages = Number((await page.getByTestId('wall-page').textContent())?.split('/')[1])
      expect(pages).toBeGreaterThan(3)
      for (let n = 0; n < pages; n++) {
        await page.goto(`${e2e.server.url}/wall?page=${n}&asOf=${asOf}`)
        await page
          .getByTestId('wall-page')
          .getByText(`${n + 1}/${pages}`)
          .waitFor()
        // A card whose content is taller than the card has something cut off at the bottom.
        const clipped = await page.evaluate(() =>
          [...document.querySelectorAll('article')]
            .filter((a) => a.scrollHeight > a.clientHeight + 1)
            .map((a) => a.querySelector('h3')?.textContent),
        )
        expect(clipped, `page ${n + 1} at ${viewport.width}×${viewport.height} as of ${asOf}`).toEqual([])
        expect(await page.evaluate(() => (document.scrollingElement?.scrollHeight ?? 0) <= window.innerHeight)).toBe(true)
      }
      await page.close()
    }
  })
})
