import { targetHandlers } from './handlers/targets'

/** Every MSW handler; the dev worker, the component tests and the contract suite all use this list. */
export const handlers = [...targetHandlers]
