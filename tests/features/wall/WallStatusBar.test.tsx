import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WallStatusBar } from '../../../src/features/wall/WallStatusBar'

const FETCHED = new Date(2025, 10, 20, 9, 30, 15).getTime()

describe('WallStatusBar', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.setSystemTime(FETCHED + 1000)
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('says 实时 while the live stream is connected', () => {
    render(<WallStatusBar asOf="2025-11-20" period="1-10月" sample={false} updatedAt={FETCHED} live={{ connected: true }} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toContain('实时')
    expect(status.textContent).toContain('最后更新 09:30:15')
    expect(status.textContent).not.toContain('连接中断')
    expect(status.textContent).not.toContain('示例数据')
  })

  it('says the stream is down and whose data is on screen', () => {
    render(<WallStatusBar asOf="2025-11-20" sample updatedAt={FETCHED} live={{ connected: false }} />)
    const status = screen.getByRole('status')
    expect(status.textContent).toContain('连接中断，正在重连…（显示 09:30 的数据）')
    expect(status.textContent).toContain('示例数据')
  })

  it('warns once the last successful fetch is more than five minutes old', () => {
    render(<WallStatusBar asOf="2025-11-20" sample={false} updatedAt={FETCHED} live={{ connected: false }} />)
    expect(screen.queryByRole('alert')).toBeNull()
    act(() => vi.advanceTimersByTime(5 * 60_000))
    expect(screen.getByRole('alert').textContent).toContain('数据已5分钟未更新')
    expect(screen.getByRole('alert').textContent).toContain('最后更新 09:30:15')
  })
})
