import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, vi } from 'vitest'
import { mockDb } from '../../mocks/data/db'
import { mockUsers } from '../../mocks/data/users'
import { server } from '../../mocks/node'
import { waitLimitMs } from '../support/provided'

// findBy… and waitFor wait as long as the suite's policy allows (their default, 1 s, is shorter
// than a render takes on a busy machine), and still give up before the test does.
configure({ asyncUtilTimeout: waitLimitMs() })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  mockDb.reset()
  mockUsers.reset()
  vi.restoreAllMocks()
})
afterAll(() => server.close())
