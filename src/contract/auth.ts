import { z } from 'zod'
import { type AuthUser, ROLES } from '../domain/permissions'

/** A required string whose messages name the field: missing, not a string, or empty. */
const requiredString = (label: string, field: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${label} (${field}) 不能为空` : `${label} (${field}) 必须是字符串`) })
    .min(1, `${label} (${field}) 不能为空`)

/** bcrypt uses only the first 72 bytes of a password; longer ones would be silently truncated. */
const MAX_PASSWORD_BYTES = 72

const bodyObject = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: '请求体必须是 JSON 对象' })

export const LoginRequestSchema = bodyObject({
  username: requiredString('用户名', 'username').max(64, '用户名 (username) 不能超过 64 个字符'),
  password: requiredString('密码', 'password').max(1024, '密码 (password) 过长'),
})
export type LoginRequest = z.infer<typeof LoginRequestSchema>

export const UserRoleSchema = z.enum(ROLES, { error: '角色 (role) 必须是 viewer、editor 或 admin' })
export type UserRole = z.infer<typeof UserRoleSchema>

/** Who is signed in, as the client sees it. */
export const SessionUserSchema = z.object({
  username: z.string(),
  role: UserRoleSchema,
  /** For editors: the categories or responsible units they may edit. */
  scope: z.array(z.string()),
}) satisfies z.ZodType<Omit<AuthUser, 'id'>>
export type SessionUser = z.infer<typeof SessionUserSchema>

/** GET /api/auth/me and the answer to a successful login; user is null when anonymous. */
export const MeResponseSchema = z.object({ user: SessionUserSchema.nullable() })
export type MeResponse = z.infer<typeof MeResponseSchema>

export const CreateTokenRequestSchema = bodyObject({
  label: requiredString('令牌说明', 'label').max(100, '令牌说明 (label) 不能超过 100 个字符'),
})
export type CreateTokenRequest = z.infer<typeof CreateTokenRequestSchema>

/** The token itself is shown only in this answer; the server keeps its hash. */
export const CreateTokenResponseSchema = z.object({ token: z.string(), label: z.string() })
export type CreateTokenResponse = z.infer<typeof CreateTokenResponseSchema>

/** 8 characters at least; at most 72 bytes, past which bcrypt silently ignores the rest. */
const newPassword = (label: string, field: string) =>
  requiredString(label, field)
    .min(8, `${label} (${field}) 至少 8 个字符`)
    .refine((p) => new TextEncoder().encode(p).length <= MAX_PASSWORD_BYTES, `${label} (${field}) 不能超过 ${MAX_PASSWORD_BYTES} 字节`)

/** POST /api/auth/password: the signed-in user changes their own password. */
export const ChangePasswordRequestSchema = bodyObject({
  currentPassword: requiredString('当前密码', 'currentPassword'),
  newPassword: newPassword('新密码', 'newPassword'),
})
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>

export const CreateUserRequestSchema = bodyObject({
  username: requiredString('用户名', 'username').regex(
    /^[A-Za-z0-9_.-]{2,32}$/,
    '用户名 (username) 只能包含字母、数字、下划线、点或连字符，长度 2 至 32 个字符',
  ),
  password: newPassword('密码', 'password'),
  role: z.enum(ROLES, {
    error: (issue) => (issue.input === undefined ? '角色 (role) 不能为空' : '角色 (role) 必须是 viewer、editor 或 admin'),
  }),
  scope: z
    .array(z.string({ error: '权限范围 (scope) 的每一项必须是字符串' }).min(1, '权限范围 (scope) 的每一项不能为空'), {
      error: '权限范围 (scope) 必须是字符串数组',
    })
    .max(50, '权限范围 (scope) 最多 50 项')
    .default([]),
})
export type CreateUserRequest = z.input<typeof CreateUserRequestSchema>

export const UserSummarySchema = SessionUserSchema.extend({
  id: z.number().int(),
  createdAt: z.string(),
}) satisfies z.ZodType<AuthUser & { createdAt: string }>
export type UserSummary = z.infer<typeof UserSummarySchema>

/** GET /api/auth/users; POST /api/auth/users answers one UserSummary. */
export const UserListResponseSchema = z.object({ users: z.array(UserSummarySchema) })
export type UserListResponse = z.infer<typeof UserListResponseSchema>
