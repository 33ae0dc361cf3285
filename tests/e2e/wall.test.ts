import { type Browser, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../support/server-process'
import { launchOptions } from './browser'

// The meeting-room display from the production build, served by the real server on a fresh
// database: it rotates by itself, fits a 1080p screen without scrolling, and says how fresh it is.
describe('wall display in Chromium against the real server', () => {
  let server: RunningServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer()
    browser = await chromium.launch(launchOptions())
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the summary, rotates to the next page, never scrolls, and keeps its status line', async () => {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } })
    await page.goto(`${server.url}/wall?interval=2`)
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
    await status.getByText('实时', { exact: true }).waitFor({ timeout: 10_000 })

    const fits = () => page.evaluate(() => (document.scrollingElement?.scrollHeight ?? 0) <= window.innerHeight)
    expect(await fits()).toBe(true)

    await page.waitForTimeout(2500)
    expect(await title.textContent()).not.toContain('总览')
    expect(await page.getByTestId('wall-page').textContent()).toMatch(/^[2-9]\/\d+$/)
    expect(await fits()).toBe(true)
    expect(await status.isVisible()).toBe(true)
    await page.close()
  })
})
