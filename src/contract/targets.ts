import { z } from 'zod'
import type { AssessmentView, EvaluatedTarget } from '../domain/evaluate-plan'
import type { HistoryPoint } from '../domain/history'
import type { Pace } from '../domain/pace'
import { parseDate } from '../domain/periods'
import type { Projection } from '../domain/projection'
import { STATUSES } from '../domain/status'
import { ObservationSchema, TargetDefinitionSchema } from './target'

/** A saved figure as the API returns it: who saved it, when, and the version to send back on edit. */
export const StoredObservationSchema = ObservationSchema.extend({
  updatedBy: z.string(),
  updatedAt: z.string(),
  version: z.number().int().positive(),
})
export type StoredObservation = z.infer<typeof StoredObservationSchema>

export const PaceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('amount'),
    remaining: z.number(),
    monthsLeft: z.number().int(),
    perMonth: z.number().optional(),
    nextMonth: z.number().optional(),
    missed: z.boolean(),
  }),
  z.object({
    kind: z.literal('growth'),
    monthsLeft: z.number().int(),
    share: z.number(),
    shareBasis: z.enum(['lastYear', 'even']),
    neededRate: z.number().optional(),
    missed: z.boolean(),
  }),
]) satisfies z.ZodType<Pace>

export const ProjectionSchema = z.object({
  value: z.number(),
  basis: z.enum(['pace', 'ytdRate', 'latest', 'lastYearPath', 'seasonalPath']),
  meets: z.boolean(),
  shortfall: z.number(),
}) satisfies z.ZodType<Projection>

/** Where a target stands as of a date, computed by src/domain on the server (or the mock). */
export const AssessmentSchema = z.object({
  status: z.enum(STATUSES),
  /** "1-10月", "前三季度", "10月": the period of the latest figure. */
  periodLabel: z.string().optional(),
  completion: z.number().optional(),
  gapPp: z.number().optional(),
  gap: z.number().optional(),
  expectedShare: z.number().optional(),
  shareBasis: z.enum(['even', 'daily', 'profile', 'lastYear']).optional(),
  lagPoints: z.number().optional(),
  pace: PaceSchema.optional(),
  projection: ProjectionSchema.optional(),
  reference: z.object({ targetId: z.string(), value: z.number(), month: z.string() }).optional(),
  lastYear: z.object({ month: z.string(), value: z.number(), change: z.number(), changeRatio: z.number().optional() }).optional(),
  belowControlLine: z.boolean().optional(),
  overdueMonth: z.string().optional(),
  streak: z.object({ status: z.enum(STATUSES), periods: z.number().int(), months: z.number().int(), since: z.string() }).optional(),
  recovered: z.boolean(),
}) satisfies z.ZodType<AssessmentView>

export const TargetWithStatusSchema = z.object({
  target: TargetDefinitionSchema,
  latest: StoredObservationSchema.nullable(),
  assessment: AssessmentSchema,
}) satisfies z.ZodType<EvaluatedTarget<StoredObservation>>

export const TargetListResponseSchema = z.object({
  year: z.number().int(),
  /** The date the statuses are computed for (the server's today, or the fixtures' date). */
  asOf: z.string(),
  /** True when the figures are demonstration data (示例数据), to be labelled on screen. */
  sample: z.boolean(),
  targets: z.array(TargetWithStatusSchema),
})
export type TargetListResponse = z.infer<typeof TargetListResponseSchema>
export type TargetWithStatus = z.infer<typeof TargetWithStatusSchema>

export const TargetDetailResponseSchema = z.object({
  year: z.number().int(),
  asOf: z.string(),
  sample: z.boolean(),
  item: TargetWithStatusSchema,
  observations: z.array(StoredObservationSchema),
  history: z.array(z.object({ month: z.string(), status: z.enum(STATUSES) }) satisfies z.ZodType<HistoryPoint>),
})
export type TargetDetailResponse = z.infer<typeof TargetDetailResponseSchema>

/** A plan year in a query string: "?year=2025". */
export const YearParamSchema = z.coerce
  .number({ error: '年份 (year) 必须是数字' })
  .int('年份 (year) 必须是整数')
  .min(1900, '年份 (year) 应在1900至2100之间')
  .max(2100, '年份 (year) 应在1900至2100之间')

/** The date to evaluate as of: "?asOf=2025-06-30" (default: today in China). */
export const AsOfParamSchema = z
  .string({ error: '日期 (asOf) 格式应为 YYYY-MM-DD' })
  .refine((value) => {
    try {
      const { year } = parseDate(value)
      return year >= 1900 && year <= 2100
    } catch {
      return false
    }
  }, '日期 (asOf) 应为1900至2100年间的真实日期，格式 YYYY-MM-DD')
  .describe('按哪一天查看（YYYY-MM-DD，默认今天，中国时间）：只计这一天已结束月份的数据，按当前最新修订值')

export const TargetListQuerySchema = z.object({ year: YearParamSchema.optional(), asOf: AsOfParamSchema.optional() })
