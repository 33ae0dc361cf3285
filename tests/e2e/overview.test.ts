import { describe, expect, it } from 'vitest'
import { useServerAndBrowser } from './harness'

// The production build served by the real server on a fresh embedded database: the real 2025
// targets, and no invented figures.
describe('overview in Chromium against the real server', () => {
  const e2e = useServerAndBrowser()

  it('shows every catalog target as a labelled card, headline targets with baseline and quote', async () => {
    const page = await e2e.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${e2e.server.url}/`)
    const gdp = page.getByRole('article', { name: '地区生产总值', exact: true })
    await gdp.waitFor()
    const count = await page.getByRole('article').count()
    expect(count).toBeGreaterThanOrEqual(60)
    for (const name of ['地区生产总值', '规上工业增加值', '固定资产投资', '社会消费品零售总额', '城镇新增就业', '居民消费价格涨幅']) {
      await expect(page.getByRole('article', { name, exact: true }).count()).resolves.toBe(1)
    }
    const text = (await gdp.textContent()) ?? ''
    expect(text).toContain('5%以上')
    expect(text).toContain('2024年 增长2.3%')
    expect(text).toContain('地区生产总值同比增长5%以上')
    // A fresh database has no 2025 figures: nothing may pretend otherwise.
    expect(text).toContain('尚无本年度数据')
    await expect(page.getByText('示例数据').count()).resolves.toBe(0)
    await page.close()
  })

  it('keeps filters in the URL and reads well on a phone', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await page.goto(`${e2e.server.url}/?category=ecology`)
    await page.getByRole('article', { name: 'PM2.5浓度' }).waitFor()
    await expect(page.getByRole('article', { name: '地区生产总值', exact: true }).count()).resolves.toBe(0)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await page.close()
  })
})
