import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { launchOptions, resolveChromium } from '../support/chromium'
import { provided, waitLimitMs } from '../support/provided'
import { type RunningServer, startServer } from '../support/server-process'

/**
 * In the calling describe: the real server (production build, its own fresh database) and the
 * run's Chromium (system or bundled, tests/setup/global-chromium.ts), started before its tests and
 * stopped after them. Pages come from newPage(): they wait as long as the suite's policy allows,
 * and a script error or console.error in the page fails the test, as console.error does in every suite.
 */
export function useServerAndBrowser(env: Record<string, string> = {}) {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let pageErrors: string[] = []
  beforeAll(async () => {
    server = await startServer({ env })
    browser = await chromium.launch({ ...launchOptions(provided('chromium') ?? (await resolveChromium())), timeout: waitLimitMs() })
  })
  afterEach(() => {
    const errors = pageErrors
    pageErrors = []
    if (errors.length > 0) throw new Error(`页面中意外的错误（${errors.length} 次）：\n${errors.join('\n---\n')}`)
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the server and browser start in beforeAll')
    return value
  }
  return {
    get server() {
      return started(server)
    },
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      const page = await started(browser).newPage(options)
      page.setDefaultTimeout(waitLimitMs())
      page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.stack ?? error.message}`))
      page.on('console', (message) => {
        // "Failed to load resource: … 401" is the browser noting a response status the page
        // handles (signed out, a refused figure); the tests check those statuses themselves.
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
          pageErrors.push(`${page.url()}: console.error ${message.text()}`)
      })
      return page
    },
  }
}

/** Signs in through the login form the page has been sent to. */
export async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('用户名').fill(username)
  await page.getByLabel('密码').fill(password)
  await page.getByRole('button', { name: '登录' }).click()
}
