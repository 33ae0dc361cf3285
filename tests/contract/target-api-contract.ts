import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiErrorBodySchema } from '../../src/contract/error'
import { ImportResponseSchema } from '../../src/contract/import'
import { AuditListResponseSchema, ConflictBodySchema, RestoreResponseSchema } from '../../src/contract/observations'
import { StoredObservationSchema, TargetDetailResponseSchema, TargetListResponseSchema } from '../../src/contract/targets'
import { TestClient } from '../support/http-client'

/** One implementation of the API under test: where it listens, its accounts, how to stop it. */
export interface ContractSubject {
  url: string
  admin: { username: string; password: string }
  /** An editor whose scope is the ecology category only. */
  editor: { username: string; password: string }
  close: () => Promise<void>
}

const expectError = (res: { status: number; json: unknown }, status: number, code?: string) => {
  expect(res.status).toBe(status)
  const body = ApiErrorBodySchema.parse(res.json)
  if (code) expect(body.error.code).toBe(code)
  expect(body.error.message).toMatch(/[\u4e00-\u9fff]/) // a Chinese message for people
  return body
}

const JOBS = '/api/targets/urban-jobs/observations'

/**
 * The contract: the same requests against the MSW handlers and the real server must get the same
 * statuses and shapes. Writes run in order (anonymous, editor, admin), so the cases share state.
 */
export function describeContract(name: string, start: () => Promise<ContractSubject>) {
  describe(`API contract: ${name}`, () => {
    let subject: ContractSubject
    let client: TestClient

    beforeAll(async () => {
      subject = await start()
      client = new TestClient(subject.url)
    })
    afterAll(() => subject?.close())

    it('lists a plan year of targets with status', async () => {
      const res = await client.get('/api/targets?year=2025')
      expect(res.status).toBe(200)
      const body = TargetListResponseSchema.parse(res.json)
      expect(body.year).toBe(2025)
      expect(body.targets.length).toBeGreaterThanOrEqual(60)
      expect(body.targets.map((t) => t.target.id)).toContain('gdp-growth')
    })

    it('answers the latest plan year when none is asked for', async () => {
      const res = await client.get('/api/targets')
      expect(TargetListResponseSchema.parse(res.json).year).toBe(2025)
    })

    it.each([
      ['/api/targets?year=abc', 400, 'invalid'],
      ['/api/targets?year=1999', 404, 'not_found'],
      ['/api/targets/no-such-target?year=2025', 404, 'not_found'],
    ])('GET %s → %i', async (path, status, code) => {
      expectError(await client.get(path), status, code)
    })

    it('returns one target with its figures and month-by-month status', async () => {
      const res = await client.get('/api/targets/gdp-growth?year=2025')
      expect(res.status).toBe(200)
      const body = TargetDetailResponseSchema.parse(res.json)
      expect(body.item.target.id).toBe('gdp-growth')
      expect(body.item.target.sources.length).toBeGreaterThan(0)
    })

    it('tells an anonymous visitor who they are and refuses their writes', async () => {
      const me = await client.get('/api/auth/me')
      expect(me.status).toBe(200)
      expect(me.json.user).toBeNull()
      expectError(await client.put(`${JOBS}/2025-11`, { value: 3 }), 401, 'unauthenticated')
      expectError(await client.delete(`${JOBS}/2025-11`), 401, 'unauthenticated')
      expectError(await client.get('/api/audit'), 401, 'unauthenticated')
      expectError(
        await client.post('/api/import/observations', { rows: [{ line: 2, targetId: 'pm25', month: '2025-12', value: 30 }] }),
        401,
        'unauthenticated',
      )
      expectError(await client.post('/api/audit/1/restore'), 401, 'unauthenticated')
    })

    it('refuses a wrong password with one message for any account', async () => {
      const wrong = expectError(
        await client.post('/api/auth/login', { username: subject.admin.username, password: 'not-the-password' }),
        401,
      )
      const unknown = expectError(await client.post('/api/auth/login', { username: 'nobody-here', password: 'not-the-password' }), 401)
      expect(wrong.error.message).toBe(unknown.error.message)
    })

    it('lets an editor write only inside their scope', async () => {
      await client.login(subject.editor.username, subject.editor.password)
      expectError(await client.put(`${JOBS}/2025-11`, { value: 3 }), 403, 'forbidden')
      const res = await client.put('/api/targets/pm25/observations/2025-11', { value: 33.5, note: '合同测试' })
      expect(res.status).toBe(201)
      expect(StoredObservationSchema.parse(res.json)).toMatchObject({ targetId: 'pm25', month: '2025-11', value: 33.5, version: 1 })
      expectError(await client.post('/api/audit/1/restore'), 403, 'forbidden')
      await client.logout()
    })

    describe('as admin', () => {
      beforeAll(() => client.login(subject.admin.username, subject.admin.password))

      it('creates, then updates only with the current version', async () => {
        const created = await client.put(`${JOBS}/2025-11`, { value: 1.7, note: '人社局月报' })
        expect(created.status).toBe(201)
        const first = StoredObservationSchema.parse(created.json)
        expect(first.version).toBe(1)

        // Saving over it without saying which version was edited would overwrite blindly.
        const blind = await client.put(`${JOBS}/2025-11`, { value: 1.8 })
        expect(blind.status).toBe(409)
        expect(ConflictBodySchema.parse(blind.json).current?.value).toBe(1.7)

        const updated = await client.put(`${JOBS}/2025-11`, { value: 1.8, version: first.version })
        expect(updated.status).toBe(200)
        expect(StoredObservationSchema.parse(updated.json)).toMatchObject({ value: 1.8, version: 2 })

        const stale = await client.put(`${JOBS}/2025-11`, { value: 1.9, version: first.version })
        expect(stale.status).toBe(409)
        expect(ConflictBodySchema.parse(stale.json).current).toMatchObject({ value: 1.8, version: 2 })
      })

      it.each([
        ['a value that is text', `${JOBS}/2025-07`, { value: '3.2' }, 'value'],
        ['no value', `${JOBS}/2025-07`, { note: '缺数值' }, 'value'],
        ['a value out of the plausible range', `${JOBS}/2025-07`, { value: 320 }, 'value'],
        ['an unknown field', `${JOBS}/2025-07`, { value: 2, amount: 2 }, undefined],
        ['a month that does not exist', `${JOBS}/2025-13`, { value: 2 }, 'month'],
        ['a month outside the plan year and its baseline year', `${JOBS}/2023-07`, { value: 2 }, undefined],
        ['a month the frequency does not report', '/api/targets/gdp-growth/observations/2025-04', { value: 5.1 }, 'month'],
        ['a negative year-to-date amount', `${JOBS}/2025-07`, { value: 2, ytdAmount: -5 }, 'ytdAmount'],
        ['a JSON array', `${JOBS}/2025-07`, [1, 2], undefined],
        ['a body that is not JSON', `${JOBS}/2025-07`, '{"value": 2', undefined],
      ])('refuses %s with a 400 (or 404) and changes nothing', async (_case, path, body, field) => {
        const before = await client.get('/api/targets/urban-jobs?year=2025')
        const res = await client.put(path, body)
        expect([400, 404]).toContain(res.status)
        const error = expectError(res, res.status)
        if (field) expect(Object.keys(error.error.fields ?? {})).toContain(field)
        const after = await client.get('/api/targets/urban-jobs?year=2025')
        expect(after.json).toEqual(before.json)
      })

      it('answers 404 for a figure of an unknown target', async () => {
        expectError(await client.put('/api/targets/no-such-target/observations/2025-07', { value: 1 }), 404, 'not_found')
      })

      it.each([
        ['a delete that does not name a version', () => client.delete(`${JOBS}/2025-11`), 400],
        ['a note with a control character', () => client.put(`${JOBS}/2025-07`, { value: 2, note: 'a\u0000b' }), 400],
        ['an audit year out of range', () => client.get('/api/audit?year=99999999999'), 400],
        ['an audit page cursor out of range', () => client.get('/api/audit?before=99999999999999999999'), 400],
        ['restoring an audit id out of range', () => client.post('/api/audit/99999999999999999999/restore'), 404],
      ])('refuses %s with a clear 4xx, never a 500', async (_case, send, status) => {
        const res = await send()
        expectError(res, status)
      })

      it('deletes only the version it was shown, once', async () => {
        expectError(await client.delete(`${JOBS}/2025-11?version=1`), 409, 'conflict')
        expect((await client.delete(`${JOBS}/2025-11?version=2`)).status).toBe(204)
        expectError(await client.delete(`${JOBS}/2025-11?version=2`), 404, 'not_found')
      })

      it('shows a saved figure in the target list and detail', async () => {
        const saved = await client.put(`${JOBS}/2025-12`, { value: 3.3 })
        expect(saved.status).toBe(201)
        const detail = TargetDetailResponseSchema.parse((await client.get('/api/targets/urban-jobs?year=2025')).json)
        expect(detail.observations.find((o) => o.month === '2025-12')?.value).toBe(3.3)
      })

      it('lists every change, newest first, with the old and the new value', async () => {
        const res = await client.get('/api/audit?targetId=urban-jobs&year=2025')
        expect(res.status).toBe(200)
        const { entries } = AuditListResponseSchema.parse(res.json)
        expect(entries.map((e) => [e.action, e.month, e.oldValue?.value ?? null, e.newValue?.value ?? null])).toEqual([
          ['observation.put', '2025-12', null, 3.3],
          ['observation.delete', '2025-11', 1.8, null],
          ['observation.put', '2025-11', 1.7, 1.8],
          ['observation.put', '2025-11', null, 1.7],
        ])
        expect(entries[0]?.actor).toBe(subject.admin.username)
        expectError(await client.get('/api/audit?limit=0'), 400, 'invalid')
      })

      it('restores a figure to the value a change replaced, and records the restore', async () => {
        const { entries } = AuditListResponseSchema.parse((await client.get('/api/audit?targetId=urban-jobs&month=2025-11')).json)
        const update = entries.find((e) => e.oldValue?.value === 1.7)
        expect(update).toBeDefined()
        // Said to have seen a version that is not the current one: refused, nothing changes.
        const stale = await client.post(`/api/audit/${update?.id}/restore`, { expectedVersion: 1 })
        expect(stale.status).toBe(409)
        expect(ConflictBodySchema.parse(stale.json).current).toBeNull()
        const res = await client.post(`/api/audit/${update?.id}/restore`, { expectedVersion: null })
        expect(res.status).toBe(200)
        expect(RestoreResponseSchema.parse(res.json).observation).toMatchObject({ month: '2025-11', value: 1.7 })
        const latest = AuditListResponseSchema.parse((await client.get('/api/audit?targetId=urban-jobs&limit=1')).json).entries[0]
        expect(latest).toMatchObject({ action: 'observation.restore', month: '2025-11', oldValue: null, newValue: { value: 1.7 } })
        expectError(await client.post('/api/audit/999999/restore'), 404, 'not_found')
      })

      const IMPORT_ROWS = [
        { line: 2, targetId: 'pm25', month: '2025-12', value: 34 },
        { line: 3, targetId: 'urban-jobs', month: '2025-12', value: 3.3 },
        { line: 4, targetId: 'urban-jobs', month: '2025-11', value: 1.75, note: '导入更正' },
        { line: 5, targetId: 'gdp-growth', month: '2025-11', value: 5 },
        { line: 6, targetId: 'no-such-target', month: '2025-11', value: 1 },
        { line: 7, targetId: 'pm25', month: '2025-12', value: 35 },
        { line: 8, targetId: 'retail-sales', month: '2025-11', value: 999 },
      ]
      // Line 7 repeats line 2's target and month: both are refused.
      const OUTCOMES = ['error', 'unchanged', 'update', 'error', 'error', 'error', 'error']

      it('previews an import row by row and changes nothing', async () => {
        const before = (await client.get('/api/targets/pm25?year=2025')).json
        const res = await client.post('/api/import/observations', { rows: IMPORT_ROWS, dryRun: true })
        expect(res.status).toBe(200)
        const body = ImportResponseSchema.parse(res.json)
        expect(body.results.map((r) => r.outcome)).toEqual(OUTCOMES)
        expect(body.counts).toEqual({ create: 0, update: 1, unchanged: 1, error: 5 })
        expect(body.results[2]?.previous?.value).toBe(1.7)
        for (const r of body.results.filter((x) => x.outcome === 'error')) expect(r.message).toContain(`第${r.line}行`)
        expect((await client.get('/api/targets/pm25?year=2025')).json).toEqual(before)
      })

      it('imports the valid rows together, returns every refused row with its reason, and audits each change', async () => {
        const res = await client.post('/api/import/observations', { rows: IMPORT_ROWS })
        const body = ImportResponseSchema.parse(res.json)
        expect(body.dryRun).toBe(false)
        expect(body.results.map((r) => r.outcome)).toEqual(OUTCOMES)
        const pm25 = TargetDetailResponseSchema.parse((await client.get('/api/targets/pm25?year=2025')).json)
        expect(pm25.observations.find((o) => o.month === '2025-12')).toBeUndefined()
        const jobs = TargetDetailResponseSchema.parse((await client.get('/api/targets/urban-jobs?year=2025')).json)
        expect(jobs.observations.find((o) => o.month === '2025-11')).toMatchObject({ value: 1.75, note: '导入更正' })
        const latest = AuditListResponseSchema.parse((await client.get('/api/audit?targetId=urban-jobs&limit=1')).json).entries[0]
        expect(latest).toMatchObject({ action: 'observation.put', month: '2025-11', oldValue: { value: 1.7 }, newValue: { value: 1.75 } })
      })

      it('refuses an import row whose figure changed since the preview, keeping what stands', async () => {
        // urban-jobs 2025-11 was updated by the import above; this preview saw its first version.
        const res = await client.post('/api/import/observations', {
          rows: [{ line: 2, targetId: 'urban-jobs', month: '2025-11', value: 1.9, expectedVersion: 1 }],
        })
        expect(ImportResponseSchema.parse(res.json).results[0]).toMatchObject({ outcome: 'error', line: 2 })
        const jobs = TargetDetailResponseSchema.parse((await client.get('/api/targets/urban-jobs?year=2025')).json)
        expect(jobs.observations.find((o) => o.month === '2025-11')?.value).toBe(1.75)
      })

      it.each([
        ['no rows', { rows: [] }],
        ['rows that are not a list', { rows: 'pm25,2025-12,34' }],
        ['a row without a value', { rows: [{ line: 2, targetId: 'pm25', month: '2025-12' }] }],
      ])('refuses an import with %s', async (_case, body) => {
        expectError(await client.post('/api/import/observations', body), 400, 'invalid')
      })
    })

    it('lets a user change their own password, checking the current one first', async () => {
      await client.logout()
      expectError(
        await client.post('/api/auth/password', { currentPassword: 'x', newPassword: 'a-new-password-1' }),
        401,
        'unauthenticated',
      )
      await client.login(subject.editor.username, subject.editor.password)
      const wrong = expectError(
        await client.post('/api/auth/password', { currentPassword: 'not-the-password', newPassword: 'a-new-password-1' }),
        400,
      )
      expect(Object.keys(wrong.error.fields ?? {})).toContain('currentPassword')
      const short = expectError(
        await client.post('/api/auth/password', { currentPassword: subject.editor.password, newPassword: 'short' }),
        400,
      )
      expect(Object.keys(short.error.fields ?? {})).toContain('newPassword')
      expect(
        (await client.post('/api/auth/password', { currentPassword: subject.editor.password, newPassword: 'a-new-password-1' })).status,
      ).toBe(204)
      await client.logout()
      expectError(await client.post('/api/auth/login', { username: subject.editor.username, password: subject.editor.password }), 401)
      await client.login(subject.editor.username, 'a-new-password-1')
    })

    describe('as of a date', () => {
      let admin: TestClient
      beforeAll(async () => {
        admin = new TestClient(subject.url)
        await admin.login(subject.admin.username, subject.admin.password)
      })

      /** Saves a figure over whatever stands (sample or none), naming the version it replaces. */
      const save = async (id: string, month: string, value: number) => {
        const detail = TargetDetailResponseSchema.parse((await admin.get(`/api/targets/${id}?year=2025`)).json)
        const version = detail.observations.find((o) => o.month === month)?.version
        const res = await admin.put(`/api/targets/${id}/observations/${month}`, { value, ...(version ? { version } : {}) })
        expect(res.status, JSON.stringify(res.json)).toBeLessThan(300)
      }
      /** Removes a figure earlier cases left, so a case starts from what it states. */
      const remove = async (id: string, month: string) => {
        const detail = TargetDetailResponseSchema.parse((await admin.get(`/api/targets/${id}?year=2025`)).json)
        const version = detail.observations.find((o) => o.month === month)?.version
        if (version) expect((await admin.delete(`/api/targets/${id}/observations/${month}?version=${version}`)).status).toBe(204)
      }
      const listAsOf = async (asOf: string) => {
        const res = await client.get(`/api/targets?year=2025&asOf=${asOf}`)
        expect(res.status).toBe(200)
        return TargetListResponseSchema.parse(res.json)
      }
      const card = (list: Awaited<ReturnType<typeof listAsOf>>, id: string) => list.targets.find((t) => t.target.id === id)

      it.each(['2025-13-01', '2025-02-30', '20250630', 'today'])('refuses asOf=%s with a message naming it', async (asOf) => {
        const body = expectError(await client.get(`/api/targets?year=2025&asOf=${asOf}`), 400, 'invalid')
        expect(Object.keys(body.error.fields ?? {})).toContain('asOf')
        expectError(await client.get(`/api/targets/cpi?year=2025&asOf=${asOf}`), 400, 'invalid')
      })

      it('evaluates the list and the detail as of the date asked for', async () => {
        expect((await listAsOf('2025-06-30')).asOf).toBe('2025-06-30')
        const detail = TargetDetailResponseSchema.parse((await client.get('/api/targets/cpi?year=2025&asOf=2025-06-30')).json)
        expect(detail.asOf).toBe('2025-06-30')
        expect(detail.history.at(-1)?.month).toBe('2025-05') // June is due on 15 July
      })

      it('does not call CPI at 0.2 % behind: 2%左右 is a control line', async () => {
        await save('cpi', '2025-10', 0.2)
        const cpi = card(await listAsOf('2025-11-20'), 'cpi')
        expect(cpi?.assessment).toMatchObject({ status: 'onTrack', belowControlLine: true })
      })

      it('does not call 城镇新增就业 behind on 10 January for a November figure ahead of 序时进度', async () => {
        await remove('urban-jobs', '2025-12')
        await save('urban-jobs', '2025-11', 3)
        const jobs = card(await listAsOf('2026-01-10'), 'urban-jobs')
        expect(jobs?.assessment.status).toBe('onTrack')
        expect(jobs?.assessment.pace).toMatchObject({ kind: 'amount', monthsLeft: 1, missed: false })
        expect(card(await listAsOf('2026-01-16'), 'urban-jobs')?.assessment.status).toBe('unreported')
      })

      it('shows the growth the second half needs for GDP at 4.6 % in 上半年, and a projection', async () => {
        await save('gdp-growth', '2025-06', 4.6)
        const gdp = card(await listAsOf('2025-07-20'), 'gdp-growth')
        expect(gdp?.assessment.pace).toMatchObject({ kind: 'growth', monthsLeft: 6, shareBasis: 'even' })
        const pace = gdp?.assessment.pace
        expect(pace?.kind === 'growth' ? pace.neededRate : undefined).toBeCloseTo(5.4, 6)
        expect(gdp?.assessment.projection).toMatchObject({ value: 4.6, meets: false })
      })

      it("takes last year's amounts as GDP's baseline series, and paces the second half by them", async () => {
        await save('gdp-growth', '2024-06', 1180)
        await save('gdp-growth', '2024-12', 2458.8)
        const gdp = card(await listAsOf('2025-07-20'), 'gdp-growth')
        const pace = gdp?.assessment.pace
        expect(pace).toMatchObject({ kind: 'growth', shareBasis: 'lastYear' })
        const s = 1180 / 2458.8
        expect(pace?.kind === 'growth' ? pace.neededRate : undefined).toBeCloseTo((5 - s * 4.6) / (1 - s), 6)
        // Last year's figures are never this year's: the card still reads 上半年 4.6 %.
        expect(gdp?.latest).toMatchObject({ month: '2025-06', value: 4.6 })
        const detail = TargetDetailResponseSchema.parse((await client.get('/api/targets/gdp-growth?year=2025')).json)
        expect(detail.observations.map((o) => o.month)).toEqual(expect.arrayContaining(['2024-06', '2024-12', '2025-06']))
        expectError(await admin.put('/api/targets/gdp-growth/observations/2023-06', { value: 1000 }), 404, 'not_found')
        expectError(await admin.put('/api/targets/gdp-growth/observations/2024-05', { value: 1000 }), 404, 'not_found')
      })
    })
  })
}
