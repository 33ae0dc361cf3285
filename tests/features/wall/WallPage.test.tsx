import { act, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getTargets } from '../../../src/api/get-targets'
import { STATUS_ORDER, STATUS_TEXT } from '../../../src/components/status/status-text'
import { countByStatus } from '../../../src/domain/summary'
import { WallPage } from '../../../src/features/wall/WallPage'
import { renderPage } from '../../setup/render'

// The page alone, as the router mounts it: the app-wide live stream is not running (jsdom has no
// EventSource), so the status line reports the connection as down. Fake timers drive the rotation;
// real time still passes so the MSW responses arrive.
const renderWall = (search = '') => renderPage(<WallPage />, { route: `/wall${search}`, path: '/wall' })
const indicator = () => screen.getByTestId('wall-page')
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

describe('WallPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('opens on the summary with the counts of the data', async () => {
    const data = await getTargets()
    const counts = countByStatus(data.targets.map((t) => t.assessment))
    renderWall()
    const list = await screen.findByRole('list', { name: '各状态目标数' })
    // Every usual status has its tile; a rare one (逾期完成, 逾期未报) only when some target has it.
    for (const status of STATUS_ORDER) {
      const tile = within(list).queryByRole('listitem', { name: `${STATUS_TEXT[status]} ${counts[status]}项` })
      expect(tile !== null, status).toBe(counts[status] > 0 || !['lateDone', 'unreported'].includes(status))
    }
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(`共${data.targets.length}项目标`)
    const headlines = screen.getByRole('region', { name: '主要指标' })
    expect(within(headlines).getAllByRole('article')).toHaveLength(data.targets.filter((t) => t.target.headline).length)
    expect(within(headlines).getByRole('article', { name: '地区生产总值' })).toBeTruthy()
  })

  it('moves to the next page when the interval is up, and wraps', async () => {
    renderWall('?interval=30')
    await screen.findByRole('list', { name: '各状态目标数' })
    const pages = Number(indicator().textContent?.split('/')[1])
    expect(indicator().textContent).toBe(`1/${pages}`)

    await advance(29_000)
    expect(indicator().textContent).toBe(`1/${pages}`)
    await advance(1_500)
    expect(indicator().textContent).toBe(`2/${pages}`)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('需要关注')
    expect(screen.queryByRole('list', { name: '各状态目标数' })).toBeNull()

    for (let page = 3; page <= pages; page++) {
      await advance(30_000)
      expect(indicator().textContent).toBe(`${page}/${pages}`)
    }
    await advance(30_000)
    expect(indicator().textContent).toBe(`1/${pages}`)
  })

  it('shows the behind and at-risk targets worst first on 需要关注', async () => {
    renderWall('?page=1')
    const cards = await screen.findAllByRole('article')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/需要关注.*滞后\d+项 · 预警\d+项/)
    for (const card of cards) expect(card.textContent).toMatch(/滞后|预警/)
    expect(cards[0]?.textContent).toContain('滞后')
  })

  it('stays on the page given by ?page=', async () => {
    renderWall('?page=3&interval=5')
    await screen.findAllByRole('article')
    expect(indicator().textContent).toMatch(/^4\//)
    const title = screen.getByRole('heading', { level: 1 }).textContent
    await advance(60_000)
    expect(indicator().textContent).toMatch(/^4\//)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(title)
  })

  it('labels the sample data on the summary and in the status line', async () => {
    renderWall()
    const note = await screen.findByRole('note')
    expect(note.textContent).toContain('示例数据')
    expect(within(screen.getByRole('status')).getByText('示例数据')).toBeTruthy()
  })

  it('says how fresh the data is and that the live stream is down', async () => {
    renderWall()
    await screen.findByRole('list', { name: '各状态目标数' })
    const status = screen.getByRole('status')
    expect(status.textContent).toContain('数据截至 2025-11-20 · 1-10月')
    expect(status.textContent).toMatch(/最后更新 \d\d:\d\d:\d\d/)
    expect(status.textContent).toMatch(/连接中断，正在重连…（显示 \d\d:\d\d 的数据）/)
  })
})
