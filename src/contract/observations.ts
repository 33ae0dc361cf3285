import { z } from 'zod'
import { ApiErrorBodySchema } from './error'
import { StoredObservationSchema, YearParamSchema } from './targets'

/** Free text staff write; control characters (a NUL from a pasted cell) cannot be stored. */
export const NoteSchema = z
  .string({ error: '备注 (note) 必须是文字' })
  .max(500, '备注 (note) 不能超过500字')
  // Tabs and line breaks are fine in a note; other control characters (a NUL) cannot be stored.
  .refine((text) => !/\p{Cc}/u.test(text.replace(/[\t\n\r]/g, '')), '备注 (note) 含有不可见的控制字符，请删除后再保存')

/** PUT /api/targets/{id}/observations/{YYYY-MM}: one month's figure. */
export const PutObservationBodySchema = z.strictObject(
  {
    value: z
      .number({ error: '数值 (value) 必须是数字' })
      .describe('本期数值，按目标的单位；增长类为累计增速（%）。月份为上年同期时（上年基数序列），增长类填上年累计总量'),
    ytdAmount: z
      .number({ error: '累计总量 (ytdAmount) 必须是数字' })
      .optional()
      .describe('累计总量（增长类可选，仅供参考；还需增速按上年同期累计总量测算）'),
    note: NoteSchema.optional().describe('备注，如数据来源或口径说明'),
    /** The version the editor started from; omit only when creating a figure that does not exist yet. */
    version: z
      .number({ error: '版本 (version) 必须是整数' })
      .int('版本 (version) 必须是整数')
      .positive()
      .optional()
      .describe('修改时所看到的版本号；新建时不带'),
  },
  { error: (issue) => (issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : '请求内容应为 JSON 对象') },
)
export type PutObservationBody = z.infer<typeof PutObservationBodySchema>

/** DELETE must name the version it removes, so a figure changed meanwhile is not deleted blindly. */
export const DeleteObservationQuerySchema = z.object({
  version: z.coerce
    .number({ error: '版本 (version) 必须是整数：删除时须说明要删除哪一版' })
    .int('版本 (version) 必须是整数')
    .positive('版本 (version) 必须是正整数')
    .describe('要删除的版本号'),
})

/** 409: someone else saved first; here is the figure as it now stands (null when deleted). */
export const ConflictBodySchema = ApiErrorBodySchema.extend({ current: StoredObservationSchema.nullable() })
export type ConflictBody = z.infer<typeof ConflictBodySchema>

export const ObservationValueSchema = z.object({
  value: z.number(),
  ytdAmount: z.number().optional(),
  note: z.string().optional(),
})

export const AUDIT_ACTIONS = ['observation.put', 'observation.delete', 'observation.restore'] as const

export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  year: z.number().int(),
  targetId: z.string(),
  month: z.string(),
  oldValue: ObservationValueSchema.nullable(),
  newValue: ObservationValueSchema.nullable(),
})
export type AuditEntry = z.infer<typeof AuditEntrySchema>

export const AuditQuerySchema = z.object({
  year: YearParamSchema.optional(),
  targetId: z.string().optional(),
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份 (month) 格式应为 YYYY-MM')
    .optional(),
  actor: z.string().optional(),
  limit: z.coerce
    .number({ error: '条数 (limit) 必须是数字' })
    .int()
    .min(1, '条数 (limit) 至少为1')
    .max(500, '条数 (limit) 最多500')
    .default(100),
  /** Entries with a smaller id than this: the next page. */
  before: z.coerce.number({ error: 'before 必须是数字' }).int('before 必须是整数').positive().max(Number.MAX_SAFE_INTEGER).optional(),
})

export const AuditListResponseSchema = z.object({ entries: z.array(AuditEntrySchema) })
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>

/**
 * POST /api/audit/{id}/restore: `expectedVersion` is the version of the figure the admin sees now
 * (null: none). If it has changed since, the restore is refused rather than overwriting it unseen.
 */
export const RestoreRequestSchema = z.strictObject({
  expectedVersion: z
    .number({ error: '版本 (expectedVersion) 必须是整数或 null' })
    .int()
    .positive()
    .nullable()
    .optional()
    .describe('此刻所见的版本号（null：此刻没有数据）；数据已变则不撤销'),
})

export const RestoreResponseSchema = z.object({ observation: StoredObservationSchema.nullable() })
