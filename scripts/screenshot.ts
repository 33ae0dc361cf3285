// Takes screenshots of a running dashboard at the sizes its users have, to look at before a
// screen is called done: `npm run screenshot -- http://localhost:8080/ phone,laptop,wall`.
import { chromium } from 'playwright-core'
import { launchOptions, resolveChromium } from '../tests/support/chromium'

const SIZES = {
  phone: { width: 390, height: 844 },
  laptop: { width: 1440, height: 900 },
  wall: { width: 1920, height: 1080 },
} as const

const [url = 'http://localhost:8080/', which = 'phone,laptop,wall', outDir = '.tmp'] = process.argv.slice(2)
const browser = await chromium.launch(launchOptions(await resolveChromium()))
for (const name of which.split(',') as (keyof typeof SIZES)[]) {
  const page = await browser.newPage({ viewport: SIZES[name], deviceScaleFactor: 1 })
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.evaluate(() => document.fonts.ready)
  const path = `${outDir}/${new URL(url).pathname.replaceAll('/', '_') || 'root'}-${name}.png`
  await page.screenshot({ path, fullPage: process.env.FULL === '1' })
  console.log(path)
  await page.close()
}
await browser.close()
