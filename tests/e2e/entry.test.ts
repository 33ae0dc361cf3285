import { describe, expect, it } from 'vitest'
import { signIn, useServerAndBrowser } from './harness'

const ADMIN_PASSWORD = 'entry-e2e-admin-password'

// A member of staff signs in, enters a month's figure, corrects a wrong one with a clear message,
// and the overview shows it.
describe('entering figures in Chromium against the real server', () => {
  const e2e = useServerAndBrowser({ ADMIN_PASSWORD })

  it('signs in, refuses a bad figure naming the field, saves a good one, and the overview shows it', async () => {
    const page = await e2e.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${e2e.server.url}/entry?target=urban-jobs`)
    await signIn(page, 'admin', ADMIN_PASSWORD)

    await page.getByRole('button', { name: /填报 2025年10月/ }).click()
    await page.getByLabel(/数值/).fill('32')
    await page.getByRole('button', { name: '保存' }).click()
    // The same rule as the server's, shown before anything is sent.
    await page.getByText('数值 (value) 32 超出合理范围 0～9.6万人，请核对单位和小数点').waitFor()

    await page.getByLabel(/数值/).fill('2.9')
    await page.getByLabel('备注').fill('人社局10月快报')
    await page.getByRole('button', { name: '保存' }).click()
    await page.getByRole('button', { name: /更正 2025年10月/ }).waitFor()
    await page.getByRole('region', { name: '修改记录' }).getByText('— → 2.9').waitFor()

    await page.getByRole('link', { name: '晋中市目标进度看板' }).click()
    const card = page.getByRole('article', { name: '城镇新增就业', exact: true })
    await card.getByText('2.9万人').waitFor()
    expect(await card.textContent()).toContain('1-10月')
    await page.close()
  })
})
