import { inject } from 'vitest'
import type { ChromiumChoice } from './chromium'
import type { PostgresBinaries } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The running suite's one timeout, for its tests and hooks (vitest.config.ts). */
    timeoutMs: number
    /** A migrated, seeded PGlite data directory to copy (tests/setup/global-pglite.ts). */
    pgliteTemplate: string
    /** The browser this run uses (tests/setup/global-chromium.ts). */
    chromium: ChromiumChoice
    /** The PostgreSQL binaries this run uses (tests/setup/global-postgres.ts). */
    postgres: PostgresBinaries
  }
}

/** What vitest's global setup provided, or undefined outside a vitest run (the bench and screenshot scripts). */
export function provided<K extends 'timeoutMs' | 'pgliteTemplate' | 'chromium' | 'postgres'>(key: K) {
  try {
    return inject(key) as ReturnType<typeof inject<K>> | undefined
  } catch {
    return undefined
  }
}

/**
 * How long one wait inside a test may last (a server to answer, an event to arrive, an element to
 * appear): 80 % of the suite's timeout, so that the wait, not the test, reports what never
 * happened. Outside vitest, a minute.
 */
export function waitLimitMs(): number {
  return Math.round((provided('timeoutMs') ?? 75_000) * 0.8)
}
