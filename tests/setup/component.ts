import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { mockDb } from '../../mocks/data/db'
import { mockUsers } from '../../mocks/data/users'
import { server } from '../../mocks/node'

// An unexpected console.error (a React warning, a failed request) fails the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error: ${args.map(String).join(' ')}`)
  })
})

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  mockDb.reset()
  mockUsers.reset()
  vi.restoreAllMocks()
})
afterAll(() => server.close())
