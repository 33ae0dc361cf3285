import { z } from 'zod'
import {
  CATEGORIES,
  COMPARATORS,
  type Figure,
  FREQUENCIES,
  type Observation,
  SOURCE_DOCUMENTS,
  type SourceQuote,
  TARGET_KINDS,
  type TargetDefinition,
} from '../domain/target'

export const SourceQuoteSchema = z.object({
  doc: z.enum(SOURCE_DOCUMENTS),
  quote: z.string().min(4),
}) satisfies z.ZodType<SourceQuote>

export const FigureSchema = z.object({
  year: z.number().int(),
  value: z.number(),
  unit: z.string(),
  label: z.string().optional(),
  source: SourceQuoteSchema,
}) satisfies z.ZodType<Figure>

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')

export const TargetDefinitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id 只能用小写字母、数字和连字符'),
    year: z.number().int().min(2000).max(2100),
    name: z.string().min(2),
    category: z.enum(CATEGORIES),
    kind: z.enum(TARGET_KINDS),
    comparator: z.enum(COMPARATORS),
    value: z.number(),
    unit: z.string(),
    tolerance: z.number().nonnegative().optional(),
    referenceId: z.string().optional(),
    frequency: z.enum(FREQUENCIES),
    deadline: isoDate,
    baseline: FigureSchema.optional(),
    altBaselines: z.array(FigureSchema).optional(),
    province: z
      .object({
        comparator: z.enum(COMPARATORS),
        value: z.number(),
        unit: z.string(),
        source: SourceQuoteSchema,
      })
      .optional(),
    responsibleUnit: z.string().optional(),
    headline: z.boolean().optional(),
    reading: z.enum(['month', 'yearToDate', 'yearToDateTotal']).optional(),
    dueDay: z.number().int().min(1).max(31).optional(),
    seasonalPath: z.object({ ratios: z.array(z.number().positive()).length(12).readonly(), note: z.string() }).optional(),
    thresholds: z
      .object({
        growthAmberPp: z.number(),
        shareAmber: z.number(),
        ceilingAmberRatio: z.number(),
        levelAmberRatio: z.number(),
        bandRatePp: z.number(),
        bandAmountRatio: z.number(),
      })
      .partial()
      .optional(),
    pacing: z
      .discriminatedUnion('mode', [
        z.object({ mode: z.literal('monthly') }),
        z.object({ mode: z.literal('daily') }),
        z.object({
          mode: z.literal('seasonal'),
          profile: z.array(z.number().min(0).max(1)).length(12).readonly(),
          note: z.string().optional(),
        }),
      ])
      .optional(),
    plausible: z.object({ min: z.number(), max: z.number() }).optional(),
    sources: z.array(SourceQuoteSchema).min(1),
    note: z.string().optional(),
  })
  .refine((t) => t.kind !== 'relative' || t.referenceId, { message: '相对目标必须指明参照目标 (referenceId)' })
  .refine((t) => t.kind !== 'ceiling' || t.comparator === 'atMost' || t.comparator === 'about', {
    message: '上限类目标 (ceiling) 的比较方式只能是“以内” (atMost) 或“左右” (about)',
  })
  .refine((t) => (t.kind !== 'band' && t.comparator !== 'inSync') || t.tolerance !== undefined, {
    message: '“左右”或“基本同步”的目标必须给出容差 (tolerance)',
  }) satisfies z.ZodType<TargetDefinition>

export const ObservationSchema = z.object({
  targetId: z.string(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 YYYY-MM'),
  value: z.number(),
  ytdAmount: z.number().optional(),
  note: z.string().optional(),
  sample: z.boolean().optional(),
  published: SourceQuoteSchema.extend({ publishedOn: isoDate }).optional(),
}) satisfies z.ZodType<Observation>
