// The rule lives in src/domain/permissions.ts so that the mock applies it too.
export { type AuthUser, canEdit, ROLES, type Role } from '../../src/domain/permissions'
