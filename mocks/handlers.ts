import { adminHandlers } from './handlers/admin'
import { auditHandlers } from './handlers/audit'
import { authHandlers } from './handlers/auth'
import { eventHandlers } from './handlers/events'
import { importHandlers } from './handlers/import'
import { observationHandlers } from './handlers/observations'
import { targetHandlers } from './handlers/targets'

/** Every MSW handler; the dev worker, the component tests and the contract suite all use this list. */
export const handlers = [
  ...authHandlers,
  ...adminHandlers,
  ...targetHandlers,
  ...observationHandlers,
  ...auditHandlers,
  ...importHandlers,
  ...eventHandlers,
]
