import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { requireEditorOf } from '../../server/auth/middleware'
import type { AppEnv } from '../../server/env'
import { HttpError, respondError } from '../../server/http/errors'
import { type AuthUser, canEdit } from '../../src/domain/permissions'

const admin: AuthUser = { id: 1, username: 'admin', role: 'admin', scope: [] }
const ecologyEditor: AuthUser = { id: 2, username: 'huanbao', role: 'editor', scope: ['ecology'] }
const unitEditor: AuthUser = { id: 3, username: 'renshe', role: 'editor', scope: ['市人社局'] }
const emptyEditor: AuthUser = { id: 4, username: 'nobody', role: 'editor', scope: [] }
const viewerWithScope: AuthUser = { id: 5, username: 'kan', role: 'viewer', scope: ['ecology'] }

const pm25 = { category: 'ecology', responsibleUnit: '市生态环境局' } as const
const jobs = { category: 'livelihood', responsibleUnit: '市人社局' } as const
const gdp = { category: 'economy' } as const

describe('canEdit', () => {
  it.each<[string, AuthUser | null, { category: 'ecology' | 'livelihood' | 'economy'; responsibleUnit?: string }, boolean]>([
    ['anonymous', null, pm25, false],
    ['admin, any category', admin, gdp, true],
    ['admin, with a unit', admin, jobs, true],
    ['editor, category in scope', ecologyEditor, pm25, true],
    ['editor, category outside scope', ecologyEditor, jobs, false],
    ['editor, target without a unit', ecologyEditor, gdp, false],
    ['editor, responsible unit in scope', unitEditor, jobs, true],
    ['editor by unit, other unit', unitEditor, pm25, false],
    ['editor, empty scope', emptyEditor, pm25, false],
    ['viewer, even with a scope', viewerWithScope, pm25, false],
  ])('%s → %s', (_case, user, target, expected) => {
    expect(canEdit(user, target)).toBe(expected)
  })
})

describe('requireEditorOf', () => {
  const appAs = (user: AuthUser | null) =>
    new Hono<AppEnv>()
      .use(async (c, next) => {
        c.set('user', user)
        c.set('authMethod', user ? 'session' : null)
        await next()
      })
      .post('/', (c) => c.json({ editor: requireEditorOf(c, { id: 'urban-jobs', name: '城镇新增就业', ...jobs }).username }))
      .onError((error, c) => (error instanceof HttpError ? respondError(c, error) : c.text('unexpected', 500)))

  it('answers the user who may edit', async () => {
    const res = await appAs(unitEditor).request('/', { method: 'POST' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ editor: 'renshe' })
  })

  it('is a 401 for anonymous visitors', async () => {
    const res = await appAs(null).request('/', { method: 'POST' })
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: '请先登录' } })
  })

  it('is a 403 naming the target for a user out of scope', async () => {
    const res = await appAs(ecologyEditor).request('/', { method: 'POST' })
    expect(res.status).toBe(403)
    const body = (await res.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('forbidden')
    expect(body.error.message).toMatch(/^无权修改该目标（城镇新增就业/)
  })
})
