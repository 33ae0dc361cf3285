import type { TestProject } from 'vitest/node'
import { resolvePostgres } from '../support/postgres'
import { reportEnvironment } from './report'

// Global setup of the contract suite: choose the PostgreSQL binaries once and say which, so that
// every run's output shows whether it tested the system's PostgreSQL or the npm package's.
export function setup(project: TestProject) {
  const binaries = resolvePostgres()
  reportEnvironment(`PostgreSQL：${binaries.label}`)
  project.provide('postgres', binaries)
}
