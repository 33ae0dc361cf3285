import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { OverviewPage } from '../../../src/features/overview/OverviewPage'
import { renderPage } from '../../setup/render'

const HEADLINES = [
  '地区生产总值',
  '规上工业增加值',
  '固定资产投资',
  '社会消费品零售总额',
  '城镇居民人均可支配收入',
  '农村居民人均可支配收入',
  '城镇新增就业',
  '居民消费价格涨幅',
]

describe('OverviewPage', () => {
  it('shows every target as an article named by its heading, headline targets included', async () => {
    renderPage(<OverviewPage />)
    const cards = await screen.findAllByRole('article')
    expect(cards.length).toBeGreaterThanOrEqual(60)
    const names = cards.map(
      (c) => c.getAttribute('aria-labelledby') && document.getElementById(c.getAttribute('aria-labelledby') ?? '')?.textContent,
    )
    for (const headline of HEADLINES) expect(names.some((n) => n?.includes(headline))).toBe(true)
  })

  it('labels the sample data on screen', async () => {
    renderPage(<OverviewPage />)
    expect(await screen.findByRole('note')).toHaveProperty('textContent', expect.stringContaining('示例数据'))
  })

  it('filters by status from the summary strip and keeps the filter in the URL', async () => {
    const { router } = renderPage(<OverviewPage />)
    await screen.findAllByRole('article')
    const behind = screen.getByRole('button', { name: /滞后/ })
    const count = Number(behind.textContent?.replace(/\D/g, ''))
    expect(count).toBeGreaterThan(0)
    await userEvent.click(behind)
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(count))
    for (const card of screen.getAllByRole('article')) expect(within(card).getAllByText('滞后').length).toBeGreaterThan(0)
    expect(router.state.location.search).toBe('?status=behind')
  })

  it('opens with the filters given in the link', async () => {
    renderPage(<OverviewPage />, { route: '/?category=ecology' })
    const cards = await screen.findAllByRole('article')
    expect(cards.some((c) => c.textContent?.includes('PM2.5'))).toBe(true)
    expect(cards.some((c) => c.textContent?.includes('地区生产总值'))).toBe(false)
  })

  it('shows the API error message and a retry button when loading fails', async () => {
    server.use(
      http.get('*/api/targets', () =>
        HttpResponse.json({ error: { code: 'internal', message: '服务器内部错误，请稍后重试' } }, { status: 500 }),
      ),
    )
    renderPage(<OverviewPage />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('服务器内部错误')
    expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy()
  })
})
