import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { describe, expect, it } from 'vitest'
import { mockDb } from '../../../mocks/data/db'
import { mockUsers } from '../../../mocks/data/users'
import { server } from '../../../mocks/node'
import { EntryPage } from '../../../src/features/entry/EntryPage'
import { putFigure } from '../../../src/writes/figure-writes'

function renderEntry(route: string) {
  return renderEntryWithClient(route).router
}

function renderEntryWithClient(route: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const router = createMemoryRouter(
    [
      { path: '/entry', element: <EntryPage /> },
      { path: '/login', element: <p>登录页</p> },
    ],
    { initialEntries: [route] },
  )
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
  return { router, queryClient }
}

const monthRow = (name: RegExp) => screen.getByRole('button', { name }).closest('li') as HTMLElement

describe('EntryPage', () => {
  it('sends an anonymous visitor to sign in, and back afterwards', async () => {
    const router = renderEntry('/entry?target=pm25')
    await screen.findByText('登录页')
    expect(router.state.location.search).toBe(`?next=${encodeURIComponent('/entry?target=pm25')}`)
  })

  it('offers an editor only the targets in their scope', async () => {
    mockUsers.reset('huanbao')
    renderEntry('/entry')
    const picker = await screen.findByRole('navigation', { name: '选择目标' })
    const names = within(picker)
      .getAllByRole('button')
      .map((b) => b.textContent ?? '')
    expect(names.some((n) => n.includes('PM2.5浓度'))).toBe(true)
    expect(names.some((n) => n.includes('地区生产总值'))).toBe(false)
  })

  it('corrects a month, then lists the change in the log', async () => {
    mockUsers.reset('huanbao')
    renderEntry('/entry?target=pm25')
    await userEvent.click(await screen.findByRole('button', { name: /更正 2025年10月/ }))
    await userEvent.clear(screen.getByLabelText(/数值/))
    await userEvent.type(screen.getByLabelText(/数值/), '33.8')
    await userEvent.type(screen.getByLabelText('备注'), '生态环境局月报')
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    await waitFor(() => expect(within(monthRow(/更正 2025年10月/)).getByText('33.8')).toBeTruthy())
    const log = screen.getByRole('region', { name: '修改记录' })
    await waitFor(() => expect(log.textContent).toMatch(/huanbao保存2025年10月[\d.]+ → 33.8/))
    expect(mockDb.observations(2025).find((o) => o.targetId === 'pm25' && o.month === '2025-10')).toMatchObject({
      value: 33.8,
      updatedBy: 'huanbao',
      version: 2,
    })
  })

  it('refuses a figure that is not a number, naming the field, without sending it', async () => {
    mockUsers.reset('huanbao')
    let requests = 0
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT') requests++
    })
    renderEntry('/entry?target=pm25')
    await userEvent.click(await screen.findByRole('button', { name: /更正 2025年10月/ }))
    await userEvent.clear(screen.getByLabelText(/数值/))
    await userEvent.type(screen.getByLabelText(/数值/), '3.2万')
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    expect(await screen.findByText('数值 (value) 必须是数字')).toBeTruthy()
    expect(requests).toBe(0)
    server.events.removeAllListeners()
  })

  it('shows who saved first on a conflict, and overwrites only when asked, with their version', async () => {
    mockUsers.reset('huanbao')
    const sent: unknown[] = []
    let first = true
    server.use(
      http.put('*/api/targets/pm25/observations/2025-10', async ({ request }) => {
        const body = await request.json()
        sent.push(body)
        if (!first) return undefined // on to the real mock handler
        first = false
        return HttpResponse.json(
          {
            error: { code: 'conflict', message: '该数据已被他人修改，请核对最新数值后再保存' },
            current: {
              targetId: 'pm25',
              month: '2025-10',
              value: 35,
              updatedBy: '李科长',
              updatedAt: '2025-11-12T02:00:00.000Z',
              version: 1,
            },
          },
          { status: 409 },
        )
      }),
    )
    renderEntry('/entry?target=pm25')
    await userEvent.click(await screen.findByRole('button', { name: /更正 2025年10月/ }))
    const value = screen.getByLabelText(/数值/)
    await userEvent.clear(value)
    await userEvent.type(value, '34.1')
    await userEvent.click(screen.getByRole('button', { name: '保存' }))
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain('李科长')
    expect(notice.textContent).toContain('35')
    await userEvent.click(within(notice).getByRole('button', { name: '仍用我的数值保存' }))
    await waitFor(() => expect(sent).toHaveLength(2))
    expect(sent[1]).toMatchObject({ value: 34.1, version: 1 })
  })
})

describe('EntryPage while someone else saves', () => {
  it('keeps the typed figure and says at once who changed the month when their save arrives', async () => {
    mockUsers.reset('huanbao')
    const { queryClient } = renderEntryWithClient('/entry?target=pm25')
    await userEvent.click(await screen.findByRole('button', { name: /更正 2025年10月/ }))
    const value = screen.getByLabelText(/数值/)
    await userEvent.clear(value)
    await userEvent.type(value, '34.1')
    // A colleague saves the same month, and the page hears of it (a live update refetches).
    const current = mockDb.observations(2025).find((o) => o.targetId === 'pm25' && o.month === '2025-10')
    await mockDb.figures.transaction((store) =>
      putFigure(store, { year: 2025, targetId: 'pm25', month: '2025-10' }, { value: 35.5 }, current?.version, '李科长'),
    )
    await queryClient.invalidateQueries()
    const notice = await screen.findByRole('alert')
    expect(notice.textContent).toContain('李科长')
    expect(notice.textContent).toContain('35.5')
    expect((screen.getByLabelText(/数值/) as HTMLInputElement).value).toBe('34.1')
  })
})
