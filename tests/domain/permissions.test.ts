import { describe, expect, it } from 'vitest'
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
