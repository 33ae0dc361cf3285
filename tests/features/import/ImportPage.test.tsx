import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { mockDb } from '../../../mocks/data/db'
import { mockUsers } from '../../../mocks/data/users'
import { ImportPage } from '../../../src/features/import/ImportPage'

const PASTE = [
  '目标\t月份\t数值\t备注',
  'PM2.5浓度\t2025年10月\t33\t生态环境局',
  '不存在的指标\t2025-10\t1\t',
  '地区生产总值\t2025-09\t5.2\t',
].join('\n')

function renderImport() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={['/entry/import']}>
        <ImportPage />
      </MemoryRouter>
    </QueryClientProvider>,
  )
}

describe('ImportPage', () => {
  it('previews pasted rows, says why a row cannot be read or imported, and imports only on confirmation', async () => {
    mockUsers.reset('huanbao')
    const before = mockDb.observations(2025).find((o) => o.targetId === 'pm25' && o.month === '2025-10')?.value
    renderImport()
    fireEvent.change(await screen.findByLabelText('或粘贴表格内容'), { target: { value: PASTE } })
    await userEvent.click(screen.getByRole('button', { name: '读取粘贴内容' }))

    expect((await screen.findByRole('alert')).textContent).toContain('第3行：找不到目标“不存在的指标”')
    const preview = await screen.findByRole('region', { name: '预览' })
    await waitFor(() => expect(within(preview).getByRole('status').textContent).toBe('新建 0 行，更新 1 行，无变化 0 行，不能导入 1 行'))
    expect(preview.textContent).toContain('第4行：无权修改“地区生产总值”')
    // Previewing changed nothing.
    expect(mockDb.observations(2025).find((o) => o.targetId === 'pm25' && o.month === '2025-10')?.value).toBe(before)

    await userEvent.click(within(preview).getByRole('button', { name: '导入 1 行' }))
    await waitFor(() => expect(within(preview).getByRole('status').textContent).toContain('导入完成：新建 0 行，更新 1 行'))
    expect(within(preview).getByRole('button', { name: '下载未导入的行（CSV）' })).toBeTruthy()
    expect(mockDb.observations(2025).find((o) => o.targetId === 'pm25' && o.month === '2025-10')).toMatchObject({
      value: 33,
      note: '生态环境局',
      updatedBy: 'huanbao',
    })
  })
})
