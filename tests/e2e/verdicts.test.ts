import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { TestClient } from '../support/http-client'
import { useServerAndBrowser } from './harness'

const ADMIN_PASSWORD = 'verdicts-admin-password'

/** The card's whole text once it is on screen. */
async function cardText(page: Page, name: string): Promise<string> {
  const card = page.getByRole('article', { name, exact: true })
  await card.waitFor()
  return (await card.textContent()) ?? ''
}

// The verdicts the issue names, read off the cards in Chromium, on the real server with a fresh
// embedded database, at fixed as-of dates (never the wall clock).
describe('verdicts an official can trust, on the cards', () => {
  const e2e = useServerAndBrowser({ ADMIN_PASSWORD })

  it('shows the published 39 of 44 on a fresh database, marked 公开数据', async () => {
    const page = await e2e.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${e2e.server.url}/?category=ecology&asOf=2025-11-30`)
    const text = await cardText(page, '一泓清水入黄河工程完工')
    expect(text).toContain('完成39项（共44项）')
    expect(text).toContain('公开数据')
    await page.close()
  })

  it('reads CPI, jobs and GDP right at the dates that used to mislead', async () => {
    const client = new TestClient(e2e.server.url)
    await client.login('admin', ADMIN_PASSWORD)
    for (const [id, month, value] of [
      ['cpi', '2025-10', 0.2],
      ['urban-jobs', '2025-11', 3],
      ['gdp-growth', '2025-06', 4.6],
    ] as const) {
      expect((await client.put(`/api/targets/${id}/observations/${month}`, { value })).status).toBe(201)
    }
    const page = await e2e.newPage({ viewport: { width: 1440, height: 900 } })

    await page.goto(`${e2e.server.url}/?category=economy&asOf=2026-01-10`)
    const jobs = await cardText(page, '城镇新增就业')
    expect(jobs).toContain('正常')
    expect(jobs).not.toContain('滞后')
    expect(jobs).toContain('超序时进度')
    const cpi = await cardText(page, '居民消费价格涨幅')
    expect(cpi).toContain('正常')
    expect(cpi).toContain('低于调控目标，物价涨幅处于低位')

    // The month picker: the end of July (上半年's GDP is due on 20 July, so pick a later date by URL).
    await page.goto(`${e2e.server.url}/?category=economy&asOf=2025-07-31`)
    const gdp = await cardText(page, '地区生产总值')
    expect(gdp).toContain('增长4.6%上半年')
    expect(gdp).toContain('其余6个月需增长5.4%（按上年各月均匀分布估算）')
    expect(gdp).toContain('按目前进度，全年预计增长4.6%，完不成目标')

    // The same board a year on: the year is closed, and a target without its year-end figure says so.
    await page.goto(`${e2e.server.url}/?category=economy&asOf=2026-03-31`)
    await page.getByRole('heading', { name: '2025年主要目标任务完成情况' }).waitFor()
    expect(await cardText(page, '城镇新增就业')).toContain('未报全年数据')
    await page.close()
  })

  it('offers the month ends of the plan year in the picker, and keeps the choice in the URL', async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 }, isMobile: true })
    await page.goto(`${e2e.server.url}/?category=economy`)
    await page.getByLabel('查看时点').selectOption('2025-06-30')
    await page.waitForURL(/asOf=2025-06-30/)
    await page.getByText('正在查看截至 2025-06-30 的情况').waitFor()
    await page.getByRole('button', { name: '回到今天' }).click()
    await page.waitForURL((url) => !url.search.includes('asOf'))
    await page.close()
  })
})
