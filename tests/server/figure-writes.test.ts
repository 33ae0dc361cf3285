import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type MemoryData, memoryFigureStorage } from '../../mocks/data/memory-store'
import { sqlFigureStorage } from '../../server/observations/sql-store'
import { loadCatalog } from '../../src/catalog/catalog'
import type { AuthUser } from '../../src/domain/permissions'
import type { FigureStorage } from '../../src/writes/figure-store'
import { deleteFigure, putFigure, restoreFigure, saveFigure } from '../../src/writes/figure-writes'
import { importFigures } from '../../src/writes/import-figures'
import { openTestDatabase } from '../support/test-app'

const admin: AuthUser = { id: 1, username: 'admin', role: 'admin', scope: [] }
const ecologyEditor: AuthUser = { id: 2, username: 'huanbao', role: 'editor', scope: ['ecology'] }
const JOBS = { targetId: 'urban-jobs', month: '2025-10' }
const key = { year: 2025, ...JOBS }

/** A storage and a way to empty it of figures and audit; both storages must give the same answers. */
interface Subject {
  figures: FigureStorage
  empty: () => Promise<void>
  close: () => Promise<void>
}

const storages: [string, () => Promise<Subject>][] = [
  [
    'SQL (PGlite)',
    async () => {
      const db = await openTestDatabase()
      return {
        figures: sqlFigureStorage(db),
        empty: () => db.exec('delete from observations; delete from audit_log; alter sequence audit_log_id_seq restart'),
        close: () => db.close(),
      }
    },
  ],
  [
    'memory (mocks)',
    async () => {
      let data: MemoryData = { targets: new Map([[2025, loadCatalog(2025)]]), observations: [], audit: [] }
      return {
        figures: memoryFigureStorage(() => data),
        empty: async () => {
          data = { ...data, observations: [], audit: [] }
        },
        close: async () => {},
      }
    },
  ],
]

describe.each(storages)('the write module over %s storage', (_name, open) => {
  let subject: Subject
  let figures: FigureStorage
  beforeAll(async () => {
    subject = await open()
    figures = subject.figures
  }, 60_000)
  beforeEach(() => subject.empty())
  afterAll(() => subject.close())

  it('creates, then updates only from the stored version, and announces each change', async () => {
    const created = await saveFigure(figures, { user: admin, ...JOBS, body: { value: 2.5 } })
    expect(created).toMatchObject({ ok: true, created: true, observation: { value: 2.5, version: 1, updatedBy: 'admin' } })
    expect(created.ok && created.event).toMatchObject({ type: 'observation', ...key, version: 1 })

    const blind = await saveFigure(figures, { user: admin, ...JOBS, body: { value: 2.6 } })
    expect(blind).toMatchObject({ ok: false, status: 409, body: { error: { code: 'conflict' }, current: { value: 2.5 } } })

    const updated = await saveFigure(figures, { user: admin, ...JOBS, body: { value: 2.6, version: 1 } })
    expect(updated).toMatchObject({ ok: true, created: false, observation: { value: 2.6, version: 2 } })
  })

  it('refuses with the reason, and changes nothing', async () => {
    expect(await saveFigure(figures, { user: admin, targetId: 'urban-jobs', month: '2025-13', body: { value: 1 } })).toMatchObject({
      status: 400,
      body: { error: { fields: { month: '格式应为 YYYY-MM' } } },
    })
    expect(await saveFigure(figures, { user: admin, targetId: 'nope', month: '2025-10', body: { value: 1 } })).toMatchObject({
      status: 404,
      body: { error: { message: '2025年没有目标 nope' } },
    })
    const forbidden = await saveFigure(figures, { user: ecologyEditor, ...JOBS, body: { value: 1 } })
    expect(forbidden).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } })
    expect(!forbidden.ok && forbidden.body.error.message).toMatch(/^无权修改该目标（城镇新增就业，urban-jobs）：当前账号 huanbao/)
    expect(await saveFigure(figures, { user: admin, ...JOBS, body: { value: 320 } })).toMatchObject({
      status: 400,
      body: { error: { fields: { value: expect.stringContaining('超出合理范围') } } },
    })
    expect(await figures.transaction((store) => store.figures(2025))).toEqual([])
  })

  it('lets only one of two simultaneous first saves of a month through', async () => {
    const results = await Promise.all([1, 2].map((value) => saveFigure(figures, { user: admin, ...JOBS, body: { value } })))
    expect(results.map((r) => (r.ok ? 201 : r.status)).sort()).toEqual([201, 409])
  })

  it('deletes only the version shown, then restores it through the audit log', async () => {
    await saveFigure(figures, { user: admin, ...JOBS, body: { value: 2.5 } })
    expect(await deleteFigure(figures, { user: admin, ...JOBS, version: 2 })).toMatchObject({ status: 409 })
    expect(await deleteFigure(figures, { user: admin, ...JOBS, version: 1 })).toMatchObject({ ok: true, event: { version: null } })
    expect(await deleteFigure(figures, { user: admin, ...JOBS, version: 1 })).toMatchObject({ status: 404 })

    const [deletion] = await figures.transaction(async (store) => [await store.auditEntry(2)])
    expect(deletion).toMatchObject({ action: 'observation.delete', oldValue: { value: 2.5 }, newValue: null })
    expect(await restoreFigure(figures, { actor: 'admin', auditId: '2', expectedVersion: 1 })).toMatchObject({
      status: 409,
      body: { current: null },
    })
    const restored = await restoreFigure(figures, { actor: 'admin', auditId: '2', expectedVersion: null })
    expect(restored).toMatchObject({ ok: true, observation: { value: 2.5, version: 1 }, event: { version: 1 } })
    expect(await figures.transaction((store) => store.auditEntry(3))).toMatchObject({
      action: 'observation.restore',
      newValue: { value: 2.5 },
    })
    expect(await restoreFigure(figures, { actor: 'admin', auditId: '99999999999999999999' })).toMatchObject({ status: 404 })
  })

  it('imports the valid rows with one event each and previews without writing', async () => {
    const rows = [
      { line: 2, ...JOBS, value: 2.5 },
      { line: 3, targetId: 'nope', month: '2025-10', value: 1 },
    ]
    const preview = await importFigures(figures, { user: admin, request: { rows, dryRun: true } })
    expect(preview).toMatchObject({ response: { counts: { create: 1, error: 1 } }, events: [] })
    const done = await importFigures(figures, { user: admin, request: { rows } })
    expect(done.events).toMatchObject([{ ...key, version: 1 }])
    expect(await figures.transaction((store) => store.figure(key))).toMatchObject({ value: 2.5 })
  })

  it('keeps none of the writes of a unit of work that fails', async () => {
    const failing = figures.transaction(async (store) => {
      await putFigure(store, key, { value: 2.5 }, undefined, 'admin')
      throw new Error('after the write')
    })
    await expect(failing).rejects.toThrow('after the write')
    expect(await figures.transaction((store) => Promise.all([store.figure(key), store.auditEntry(1)]))).toEqual([null, null])
  })
})
