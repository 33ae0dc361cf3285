import { defineConfig, mergeConfig } from 'vitest/config'
import viteConfig from './vite.config.ts'

// Four suites (docs/decisions/010-test-layout.md): pure unit tests (with the server's code over a
// copied PGlite), component tests (jsdom + MSW), the contract suite (real HTTP against the MSW
// handlers and real server processes on PGlite and PostgreSQL), and end-to-end tests in Chromium.
//
// Timeout policy: each suite has ONE number. It bounds every test and every hook of the suite, and
// the waits inside them (Testing Library's findBy, Playwright's locators, a server's start, an SSE
// event, a condition) give up at 80 % of it (tests/support/provided.ts) so that the wait names what
// never happened. No test sleeps: they wait for conditions, so the numbers only decide how long a
// broken test takes to fail, never whether a working one passes. They are sized for a busy machine
// (load 5–10 on two cores), where everything takes several times as long as when idle:
const TIMEOUT_MS = {
  // Pure functions take milliseconds; a server test copies and opens the template database
  // (≈1 s idle, up to ~8 s at load 10) and drives the app in process.
  unit: 30_000,
  // A render with its MSW round trips takes 0.1–0.5 s idle and a few seconds under load.
  component: 30_000,
  // A server process (tsx, then a copied PGlite, or a PostgreSQL cluster initdb'd for the file)
  // answers within 2–5 s idle and 20–30 s under load; the slowest cases start two.
  contract: 90_000,
  // The server plus Chromium starting in a hook, and the wall's every page checked at each screen
  // size and date: 58 s for two such passes at load 9 (main's wall test makes three), so 180 s.
  e2e: 180_000,
} as const

const suite = (name: keyof typeof TIMEOUT_MS) => ({
  name,
  testTimeout: TIMEOUT_MS[name],
  hookTimeout: TIMEOUT_MS[name],
  teardownTimeout: TIMEOUT_MS[name],
  provide: { timeoutMs: TIMEOUT_MS[name] },
})

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // Password hashes at bcrypt's cheapest cost (≈1 ms, not ≈100 ms); passwords.test.ts checks production's.
      env: { BCRYPT_COST: '4' },
      projects: [
        {
          extends: true,
          test: {
            ...suite('unit'),
            include: ['tests/{domain,catalog,lib,api,server,scripts,components,features}/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/every-file.ts'],
            globalSetup: ['tests/setup/global-pglite.ts'],
          },
        },
        {
          extends: true,
          test: {
            ...suite('component'),
            include: ['tests/{features,components}/**/*.test.tsx'],
            environment: 'jsdom',
            setupFiles: ['tests/setup/every-file.ts', 'tests/setup/component.ts'],
          },
        },
        {
          extends: true,
          test: {
            ...suite('contract'),
            include: ['tests/contract/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/every-file.ts'],
            globalSetup: ['tests/setup/global-pglite.ts', 'tests/setup/global-postgres.ts'],
          },
        },
        {
          extends: true,
          test: {
            ...suite('e2e'),
            include: ['tests/e2e/**/*.test.ts'],
            environment: 'node',
            setupFiles: ['tests/setup/every-file.ts'],
            globalSetup: ['tests/setup/global-pglite.ts', 'tests/setup/global-chromium.ts'],
            // One browser and one server at a time: in parallel they would only slow each other down on two cores.
            fileParallelism: false,
          },
        },
      ],
    },
  }),
)
