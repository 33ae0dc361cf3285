import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { LoginPage } from '../../../src/features/auth/LoginPage'
import { renderPage } from '../../setup/render'

describe('LoginPage', () => {
  it('says why a sign-in failed, in Chinese', async () => {
    renderPage(<LoginPage />, { route: '/login', path: '/login' })
    await userEvent.type(await screen.findByLabelText('用户名'), 'admin')
    await userEvent.type(screen.getByLabelText('密码'), 'wrong-password')
    await userEvent.click(screen.getByRole('button', { name: '登录' }))
    expect((await screen.findByRole('alert')).textContent).toBe('用户名或密码错误')
  })

  it.each(['//evil.example/x', '/\\evil.example', 'https://evil.example'])(
    'signs in and never follows next=%s to another site',
    async (next) => {
      const { router } = renderPage(<LoginPage />, { route: `/login?next=${encodeURIComponent(next)}`, path: '*' })
      await userEvent.type(await screen.findByLabelText('用户名'), 'admin')
      await userEvent.type(screen.getByLabelText('密码'), 'admin-demo-password')
      await userEvent.click(screen.getByRole('button', { name: '登录' }))
      await vi.waitFor(() => expect(router.state.location.pathname).toBe('/'))
    },
  )
})
