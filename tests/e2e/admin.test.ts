import { describe, expect, it } from 'vitest'
import { signIn, useServerAndBrowser } from './harness'

const ADMIN_PASSWORD = 'admin-e2e-admin-password'
const EDITOR_PASSWORD = 'huanbao-e2e-password'

// The admin creates an ecology editor, who then signs in and may enter only ecology figures.
describe('managing accounts in Chromium against the real server', () => {
  const e2e = useServerAndBrowser({ ADMIN_PASSWORD })

  it('creates an editor scoped to 生态环保, who then sees only ecology targets to enter', async () => {
    const page = await e2e.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${e2e.server.url}/admin`)
    await page.waitForURL(/\/login\?next=%2Fadmin$/)
    await signIn(page, 'admin', ADMIN_PASSWORD)

    await page.getByRole('heading', { name: '账号与令牌管理' }).waitFor()
    await page.getByRole('table').getByRole('rowheader', { name: 'admin' }).waitFor()
    await page.getByLabel('用户名').fill('eco-editor')
    await page.getByLabel(/初始密码/).fill(EDITOR_PASSWORD)
    await page.getByLabel('角色').selectOption({ label: '录入员' })
    await page.getByRole('checkbox', { name: '生态环保' }).check()
    await page.getByRole('button', { name: '新建账号' }).click()
    await page.getByText('已新建账号 eco-editor').waitFor()
    const row = page.getByRole('row', { name: /eco-editor/ })
    await row.getByText('生态环保').waitFor()
    expect(await row.textContent()).toContain('录入员')

    await page.getByRole('button', { name: '退出' }).click()
    // Signed out, the admin screen sends the visitor to sign in.
    await page.waitForURL(/\/login\?next=%2Fadmin$/)

    await page.goto(`${e2e.server.url}/entry`)
    await signIn(page, 'eco-editor', EDITOR_PASSWORD)
    const picker = page.getByRole('navigation', { name: '选择目标' })
    await picker.getByRole('button', { name: /PM2\.5浓度/ }).waitFor()
    expect(await picker.getByRole('button', { name: /地区生产总值/ }).count()).toBe(0)
    await page.close()
  })
})
