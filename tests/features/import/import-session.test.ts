import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../../src/catalog/catalog'
import type { ImportResponse } from '../../../src/contract/import'
import type { StoredObservation } from '../../../src/contract/targets'
import { EMPTY_SESSION, type ImportSession, importSession, rowsToCommit, writableCount } from '../../../src/features/import/import-session'
import { leftOverRows } from '../../../src/features/import/left-over-rows'
import { type Cell, parseSheet } from '../../../src/features/import/parse-sheet'

const catalog = loadCatalog(2025)
const names = new Map(catalog.map((t) => [t.id, t.name]))
const targetName = (id: string) => names.get(id) ?? id

const cells: Cell[][] = [
  ['目标', '月份', '数值', '累计总量', '备注'],
  ['城镇新增就业', '2025年10月', '2.9', '', '人社局'],
  ['不存在的指标', new Date(Date.UTC(2025, 9, 1)), '1', '', ''],
  ['PM2.5浓度', '2025-10', '33', '', ''],
  ['地区生产总值', '2025-09', '5.2', '', ''],
]
const sheet = parseSheet(cells, catalog, 2025)

const stored = (version: number): StoredObservation =>
  ({
    targetId: 'pm25',
    month: '2025-10',
    value: 43.2,
    version,
    updatedAt: '2025-11-10T00:00:00Z',
    updatedBy: 'x',
    sample: false,
  }) as StoredObservation

function answer(dryRun: boolean, outcomes: ImportResponse['results'][number]['outcome'][]): ImportResponse {
  const rows = sheet.rows
  return {
    dryRun,
    results: rows.map((r, i) => ({
      line: r.line,
      targetId: r.targetId,
      month: r.month,
      outcome: outcomes[i] ?? 'create',
      previous: outcomes[i] === 'update' ? stored(3) : null,
      ...(outcomes[i] === 'error' ? { message: `第${r.line}行：无权修改` } : {}),
    })),
    counts: {
      create: outcomes.filter((o) => o === 'create').length,
      update: outcomes.filter((o) => o === 'update').length,
      unchanged: 0,
      error: outcomes.filter((o) => o === 'error').length,
    },
  }
}

const read = importSession(EMPTY_SESSION, { type: 'read', cells, sheet })
const previewed = importSession(read, { type: 'answered', sheet, outcome: answer(true, ['create', 'update', 'error']) })
const imported = importSession(previewed, { type: 'answered', sheet, outcome: answer(false, ['create', 'update', 'error']) })

describe('importSession', () => {
  it('keeps the answer about the sheet on show and drops one about an earlier sheet', () => {
    const next = parseSheet(cells.slice(0, 2), catalog, 2025)
    const reread = importSession(previewed, { type: 'read', cells: cells.slice(0, 2), sheet: next })
    expect(reread.outcome).toBeNull()
    expect(importSession(reread, { type: 'answered', sheet, outcome: answer(false, []) })).toBe(reread)
  })

  it('says a file could not be read without losing the preview, and forgets it on the next read', () => {
    const failed = importSession(previewed, { type: 'readFailed', message: '无法读取' })
    expect(failed).toMatchObject({ readError: '无法读取', sheet, outcome: previewed.outcome })
    expect(importSession(failed, { type: 'read', cells, sheet }).readError).toBeNull()
  })

  it('counts the rows a preview would write, and none once imported', () => {
    expect(writableCount(previewed)).toBe(2)
    expect(writableCount(imported)).toBe(0)
    expect(writableCount(read)).toBe(0)
  })

  it('sends each previewed row with the version its preview saw, and a refused one as it was', () => {
    expect(rowsToCommit(previewed)).toEqual([
      { ...sheet.rows[0], expectedVersion: null },
      { ...sheet.rows[1], expectedVersion: 3 },
      sheet.rows[2],
    ])
  })
})

describe('leftOverRows', () => {
  it('is empty before an import has answered', () => {
    expect(leftOverRows(read, targetName)).toEqual([])
    expect(leftOverRows(previewed, targetName)).toEqual([])
  })

  it('gives unreadable lines as typed and refused rows as read, each with its reason, in the template’s columns', () => {
    expect(leftOverRows(imported, targetName)).toEqual([
      ['不存在的指标', '2025-10', '1', '', '', '第3行：找不到目标“不存在的指标”（请用看板上的目标名称）'],
      ['地区生产总值', '2025-09', 5.2, undefined, undefined, '第5行：无权修改'],
    ])
  })

  it('leaves a column the sheet did not have empty', () => {
    const noNote = cells.map((row) => row.slice(0, 3))
    const session: ImportSession = {
      ...EMPTY_SESSION,
      cells: noNote,
      sheet: parseSheet(noNote, catalog, 2025),
      outcome: { dryRun: false, results: [], counts: { create: 0, update: 0, unchanged: 0, error: 0 } },
    }
    expect(leftOverRows(session, targetName)).toEqual([['不存在的指标', '2025-10', '1', '', '', expect.stringContaining('第3行')]])
  })
})
