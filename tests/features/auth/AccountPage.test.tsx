import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { mockUsers } from '../../../mocks/data/users'
import { AccountPage } from '../../../src/features/auth/AccountPage'
import { renderPage } from '../../setup/render'

const fill = async (current: string, next: string, repeat: string) => {
  await userEvent.type(await screen.findByLabelText('当前密码'), current)
  await userEvent.type(screen.getByLabelText(/^新密码/), next)
  await userEvent.type(screen.getByLabelText('再次输入新密码'), repeat)
  await userEvent.click(screen.getByRole('button', { name: '修改密码' }))
}

describe('AccountPage', () => {
  it('says who is signed in and what they may edit', async () => {
    mockUsers.reset('huanbao')
    renderPage(<AccountPage />, { route: '/account', path: '/account' })
    expect((await screen.findByText(/huanbao · 录入员/)).textContent).toContain('负责：ecology')
  })

  it('refuses a repeated password that differs, without asking the server', async () => {
    mockUsers.reset('huanbao')
    renderPage(<AccountPage />, { route: '/account', path: '/account' })
    await fill('editor-demo-password', 'new-password-1', 'new-password-2')
    expect(await screen.findByText('两次输入的新密码不一致')).toBeTruthy()
    expect(mockUsers.check('huanbao', 'editor-demo-password')).toBeDefined()
  })

  it('names a wrong current password, then changes it with the right one', async () => {
    mockUsers.reset('huanbao')
    renderPage(<AccountPage />, { route: '/account', path: '/account' })
    await fill('wrong-password', 'new-password-1', 'new-password-1')
    expect(await screen.findByText('当前密码不正确')).toBeTruthy()
    await userEvent.clear(screen.getByLabelText('当前密码'))
    await userEvent.type(screen.getByLabelText('当前密码'), 'editor-demo-password')
    await userEvent.click(screen.getByRole('button', { name: '修改密码' }))
    expect((await screen.findByRole('status')).textContent).toBe('密码已修改。其他设备上的登录已失效。')
    expect(mockUsers.check('huanbao', 'new-password-1')).toBeDefined()
  })
})
