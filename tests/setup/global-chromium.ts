import type { TestProject } from 'vitest/node'
import { resolveChromium } from '../support/chromium'
import { reportEnvironment } from './report'

// Global setup of the e2e suite: choose the browser once (unpacking the bundled one if need be)
// and say which, so that every run's output shows whether it tested the system's Chromium or the npm package's.
export async function setup(project: TestProject) {
  const choice = await resolveChromium()
  reportEnvironment(`e2e 浏览器：${choice.label}`)
  project.provide('chromium', choice)
}
