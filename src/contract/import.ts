import { z } from 'zod'
import type { ImportOutcome, ImportRow } from '../domain/import-plan'
import { NoteSchema } from './observations'
import { StoredObservationSchema } from './targets'

export const ImportRowSchema = z.object({
  line: z.number().int().positive(),
  targetId: z.string().min(1, '目标 (targetId) 不能为空'),
  month: z.string(),
  value: z.number({ error: '数值 (value) 必须是数字' }),
  ytdAmount: z.number().optional(),
  note: NoteSchema.optional(),
  expectedVersion: z.number().int().positive().nullable().optional().describe('预览时所见的版本号（null：当时没有数据）'),
}) satisfies z.ZodType<ImportRow>

/** POST /api/import/observations: a dry run previews; without it the valid rows are saved together. */
export const ImportRequestSchema = z.strictObject({
  rows: z.array(ImportRowSchema).min(1, '没有可导入的行 (rows)').max(2000, '一次最多导入2000行 (rows)'),
  dryRun: z.boolean().optional().describe('为 true 时只预览，不保存'),
})
export type ImportRequest = z.infer<typeof ImportRequestSchema>

export const ImportOutcomeSchema = z.enum(['create', 'update', 'unchanged', 'error']) satisfies z.ZodType<ImportOutcome>

export const ImportResponseSchema = z.object({
  dryRun: z.boolean(),
  results: z.array(
    z.object({
      line: z.number().int(),
      targetId: z.string(),
      month: z.string(),
      outcome: ImportOutcomeSchema,
      /** The figure this row replaces (update), as stored before. */
      previous: StoredObservationSchema.nullable(),
      message: z.string().optional(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  ),
  counts: z.record(ImportOutcomeSchema, z.number().int()),
})
export type ImportResponse = z.infer<typeof ImportResponseSchema>
