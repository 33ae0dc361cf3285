import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { mockUsers } from '../../../mocks/data/users'
import { AdminPage } from '../../../src/features/admin/AdminPage'
import { renderPage } from '../../setup/render'

const renderAdmin = () => renderPage(<AdminPage />, { route: '/admin', path: '/admin' })

const accountRow = async (name: string) => {
  const table = await screen.findByRole('table')
  return within(table).getByRole('rowheader', { name }).closest('tr') as HTMLElement
}

/** The error that aria-describedby names for a control. */
const describedError = (control: HTMLElement) =>
  (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')

describe('AdminPage', () => {
  it('sends an anonymous visitor to sign in, and back afterwards', async () => {
    const router = createMemoryRouter(
      [
        { path: '/admin', element: <AdminPage /> },
        { path: '/login', element: <p>登录页</p> },
      ],
      { initialEntries: ['/admin'] },
    )
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    )
    await screen.findByText('登录页')
    expect(router.state.location.search).toBe('?next=%2Fadmin')
  })

  it('tells an editor that only admins manage accounts', async () => {
    mockUsers.reset('huanbao')
    renderAdmin()
    expect(await screen.findByText(/只有管理员可以管理账号和令牌/)).toBeTruthy()
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('lists the accounts with role and scope in Chinese', async () => {
    mockUsers.reset('admin')
    renderAdmin()
    const huanbao = await accountRow('huanbao')
    expect(within(huanbao).getByText('录入员')).toBeTruthy()
    expect(within(huanbao).getByText('生态环保')).toBeTruthy()
    expect(within(await accountRow('admin')).getByText('管理员')).toBeTruthy()
  })

  it('creates an editor with a scope, which then appears in the list and can sign in', async () => {
    mockUsers.reset('admin')
    renderAdmin()
    await screen.findByRole('table')
    await userEvent.type(screen.getByLabelText('用户名'), 'tongji')
    await userEvent.type(screen.getByLabelText(/初始密码/), 'tongji-password-1')
    await userEvent.selectOptions(screen.getByLabelText('角色'), '录入员')
    await userEvent.click(screen.getByRole('checkbox', { name: '经济运行' }))
    await userEvent.click(screen.getByRole('checkbox', { name: '投资与项目' }))
    await userEvent.type(screen.getByLabelText(/责任单位/), '市统计局、 市发改委，')
    await userEvent.click(screen.getByRole('button', { name: '新建账号' }))

    expect((await screen.findByRole('status')).textContent).toBe('已新建账号 tongji')
    expect((screen.getByLabelText('用户名') as HTMLInputElement).value).toBe('')
    expect((screen.getByLabelText(/初始密码/) as HTMLInputElement).value).toBe('')
    expect((screen.getByRole('checkbox', { name: '经济运行' }) as HTMLInputElement).checked).toBe(false)
    await waitFor(async () => expect(within(await accountRow('tongji')).getByText('经济运行、投资与项目、市统计局、市发改委')).toBeTruthy())
    expect(mockUsers.check('tongji', 'tongji-password-1')).toMatchObject({
      role: 'editor',
      scope: ['economy', 'investment', '市统计局', '市发改委'],
    })
  })

  it('shows a taken username under the username field', async () => {
    mockUsers.reset('admin')
    renderAdmin()
    await screen.findByRole('table')
    await userEvent.type(screen.getByLabelText('用户名'), 'HuanBao')
    await userEvent.type(screen.getByLabelText(/初始密码/), 'long-enough-password')
    await userEvent.click(screen.getByRole('button', { name: '新建账号' }))
    const username = screen.getByLabelText('用户名')
    await waitFor(() => expect(username.getAttribute('aria-invalid')).toBe('true'))
    expect(describedError(username)).toContain('用户名已存在')
    // What was typed stays, so it can be corrected.
    expect((username as HTMLInputElement).value).toBe('HuanBao')
  })

  it("shows the server's message for a short password under the password field", async () => {
    mockUsers.reset('admin')
    renderAdmin()
    await screen.findByRole('table')
    await userEvent.type(screen.getByLabelText('用户名'), 'shortpw')
    await userEvent.type(screen.getByLabelText(/初始密码/), 'short')
    await userEvent.click(screen.getByRole('button', { name: '新建账号' }))
    const password = screen.getByLabelText(/初始密码/)
    await waitFor(() => expect(password.getAttribute('aria-invalid')).toBe('true'))
    expect(describedError(password)).toContain('密码 (password) 至少 8 个字符')
    expect(screen.getByLabelText('用户名').getAttribute('aria-invalid')).toBeNull()
  })

  it('shows a new API token once, with a warning and a curl example', async () => {
    mockUsers.reset('admin')
    renderAdmin()
    await screen.findByRole('table')
    await userEvent.type(screen.getByLabelText('令牌说明'), '统计局导入脚本')
    await userEvent.click(screen.getByRole('button', { name: '生成令牌' }))
    const field = (await screen.findByLabelText('令牌')) as HTMLInputElement
    expect(field.readOnly).toBe(true)
    expect(field.value).toMatch(/^jzt_/)
    expect(describedError(field)).toContain('只显示这一次')
    expect(screen.getByText(/curl -X PUT/).textContent).toContain(`Authorization: Bearer ${field.value}`)
    expect(screen.getByRole('button', { name: '复制' })).toBeTruthy()
    // The label field is cleared; the token is not kept anywhere the page could show again.
    expect((screen.getByLabelText('令牌说明') as HTMLInputElement).value).toBe('')
  })
})
