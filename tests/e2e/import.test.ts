import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import writeExcelFile from 'write-excel-file/node'
import { TargetDetailResponseSchema } from '../../src/contract/targets'
import { TestClient } from '../support/http-client'
import { tempDir } from '../support/temp'
import { signIn, useServerAndBrowser } from './harness'

const ADMIN_PASSWORD = 'import-e2e-admin-password'

// A real Excel workbook, as staff keep it (a title row, a date cell, a number cell), imported
// through the browser into the real server.
describe('importing an Excel workbook in Chromium', () => {
  const e2e = useServerAndBrowser({ ADMIN_PASSWORD })
  let workbook: string

  beforeAll(async () => {
    workbook = join(tempDir('import'), '10月报送.xlsx')
    await writeExcelFile(
      [
        ['晋中市2025年10月主要指标'],
        ['目标', '月份', '数值', '累计总量', '备注'],
        ['城镇新增就业', '2025年10月', 2.9, null, '人社局'],
        ['固定资产投资', new Date(2025, 9, 1), 5.8, 612.3, null],
        ['造林', '2025-10', '三十万', null, null],
        ['地区生产总值', '2025-10', 5.1, null, null],
      ],
      { dateFormat: 'yyyy-mm' },
    ).toFile(workbook)
  })

  it('previews, imports the good rows, and reports the others with their line', async () => {
    const page = await e2e.newPage({ viewport: { width: 1440, height: 900 } })
    await page.goto(`${e2e.server.url}/entry/import`)
    await signIn(page, 'admin', ADMIN_PASSWORD)
    await page.getByLabel('选择文件').setInputFiles(workbook)

    await page.getByRole('alert').getByText('第5行：数值“三十万”不是数字').waitFor()
    const preview = page.getByRole('region', { name: '预览' })
    await preview.getByText('新建 2 行，更新 0 行，无变化 0 行，不能导入 1 行').waitFor()
    // GDP is reported by quarter: an October figure is refused with the reason.
    await preview.getByText(/第6行（地区生产总值）：该指标按3、6、9、12月报送/).waitFor()

    await preview.getByRole('button', { name: '导入 2 行' }).click()
    await preview.getByText(/导入完成：新建 2 行，更新 0 行/).waitFor()
    await preview.getByText('2 行未导入，请改正后重新导入：').waitFor()
    const jobs = TargetDetailResponseSchema.parse((await new TestClient(e2e.server.url).get('/api/targets/urban-jobs?year=2025')).json)
    expect(jobs.observations).toMatchObject([{ month: '2025-10', value: 2.9, note: '人社局', updatedBy: 'admin' }])
    const fai = TargetDetailResponseSchema.parse(
      (await new TestClient(e2e.server.url).get('/api/targets/fixed-asset-investment?year=2025')).json,
    )
    expect(fai.observations).toMatchObject([{ month: '2025-10', value: 5.8, ytdAmount: 612.3 }])
    // For a person to look at after the run (.tmp is the repository's scratch directory, not the machine's /tmp).
    await page.screenshot({ path: resolve(import.meta.dirname, '../../.tmp/import-e2e.png'), fullPage: true })
    await page.close()
  })
})
