// The vocabulary of the product: what a target is, what staff enter against it.
// Pure types; the zod schemas in src/api mirror them for the wire and the catalog check.

/** Each kind has its own arithmetic (see docs/domain.md). */
export const TARGET_KINDS = [
  'growth', // year-to-date growth rate against a target rate (percent)
  'cumulative', // year-to-date amount against an annual amount, read against 序时进度
  'level', // latest level against a level to reach
  'ceiling', // latest value must stay at or under
  'band', // latest value within a tolerance of the value (左右)
  'relative', // growth compared with another target's actual (与经济增长同步 / 高于经济增长)
  'milestone', // items done of N (or done / not done), against its own deadline
] as const
export type TargetKind = (typeof TARGET_KINDS)[number]

/**
 * atLeast: 以上/不低于/达到; atMost: 以内/以下; about: 左右;
 * inSync: 基本同步 (within tolerance of the reference); above: 高于 the reference.
 */
export const COMPARATORS = ['atLeast', 'atMost', 'about', 'inSync', 'above'] as const
export type Comparator = (typeof COMPARATORS)[number]

export const CATEGORIES = [
  'economy', // 经济运行
  'agriculture', // 农业农村
  'industry', // 工业转型
  'innovation', // 科技创新
  'investment', // 投资与项目
  'opening', // 改革开放
  'urbanRural', // 城乡建设
  'ecology', // 生态环保
  'livelihood', // 民生保障
  'tourism', // 文化旅游
] as const
export type Category = (typeof CATEGORIES)[number]

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const
export type Frequency = (typeof FREQUENCIES)[number]

export const SOURCE_DOCUMENTS = [
  'jinzhong-2025-plan-report',
  'jinzhong-2025-government-work-report',
  'jinzhong-2024-plan-report',
  'jinzhong-14th-five-year-review',
  'shanxi-2025-government-work-report-digest',
] as const
export type SourceDocument = (typeof SOURCE_DOCUMENTS)[number]

/** A sentence quoted exactly as printed (white space aside) from one source document. */
export interface SourceQuote {
  doc: SourceDocument
  quote: string
}

/** A published figure, e.g. a 2024 result used as the baseline. */
export interface Figure {
  year: number
  value: number
  unit: string
  /** What the figure is when it is not the target's own measure, e.g. "总量" for a growth target. */
  label?: string
  source: SourceQuote
}

/** Status thresholds; defaults live in src/domain/thresholds.ts, a target may override any. */
export interface Thresholds {
  /** growth/relative: amber when the gap is within this many percentage points below. */
  growthAmberPp: number
  /** cumulative/milestone: amber when completion is within this many points (0..1) of the expected share. */
  shareAmber: number
  /** ceiling: amber when over by at most this fraction of the value. */
  ceilingAmberRatio: number
  /** level: amber when under by at most this fraction of the value. */
  levelAmberRatio: number
  /** band: green within ± this for rates (pp) … */
  bandRatePp: number
  /** … or ± this fraction for amounts. */
  bandAmountRatio: number
}

/** How 序时进度 is measured for cumulative and milestone targets. */
export type Pacing =
  | { mode: 'monthly' } // m/12 at the end of month m (the default)
  | { mode: 'daily' } // days elapsed ÷ days in the period
  // Cumulative expected share at the end of each month, 12 values, last = 1; `note` says why.
  | { mode: 'seasonal'; profile: readonly number[]; note?: string }

/** Expected year-to-date value ÷ annual value at each month's end; `note` says where it comes from. */
export interface SeasonalPath {
  ratios: readonly number[]
  note: string
}

export interface TargetDefinition {
  /** Stable, URL-safe, unique within a plan year: "gdp-growth", "urban-jobs". */
  id: string
  year: number
  name: string
  category: Category
  kind: TargetKind
  comparator: Comparator
  /** The target value in `unit`: 5 for 5%, 3.2 for 3.2万人, 1 for a single done/not-done milestone. */
  value: number
  unit: string
  /** For band (左右) and relative (基本同步) targets, in `unit` (pp for rates). */
  tolerance?: number
  /** For relative targets: the target whose actual is the reference (usually "gdp-growth"). */
  referenceId?: string
  frequency: Frequency
  /** ISO date, usually `${year}-12-31`; Q1 / H1 milestones end earlier. */
  deadline: string
  baseline?: Figure
  /** Another published figure for the same baseline on a different statistical basis. */
  altBaselines?: Figure[]
  /** Shanxi Province's target for the same indicator, for the side-by-side. */
  province?: { comparator: Comparator; value: number; unit: string; source: SourceQuote }
  responsibleUnit?: string
  /** The eight headline targets shown first. */
  headline?: boolean
  /**
   * For level, ceiling and band kinds: whether a figure is the month's own reading (default), the
   * average from January (PM2.5 1-10月平均浓度, CPI 1-10月累计涨幅), or the amount from January
   * (原煤产量 1-10月累计, judged by where the year is heading). It also sets the period label.
   */
  reading?: 'month' | 'yearToDate' | 'yearToDateTotal'
  /**
   * Day of the month after a period ends on which its figure is due (default: 15th for monthly,
   * 20th for quarterly and annual figures). No target is judged against a period before then.
   */
  dueDay?: number
  /**
   * For an annual average judged on its average from January (PM2.5): the expected year-to-date
   * average as a multiple of the annual value at the end of each month (12 values, the last 1).
   * A winter-heavy pollutant runs above the annual line until autumn by nature, not by failure.
   */
  seasonalPath?: SeasonalPath
  thresholds?: Partial<Thresholds>
  pacing?: Pacing
  /** Plausible range of an entered value, for input validation (inclusive). */
  plausible?: { min: number; max: number }
  /** Every sentence that states this target; at least one. */
  sources: SourceQuote[]
  note?: string
}

/** One month's figure. For growth targets `value` is the YTD growth rate (%), `ytdAmount` optional. */
export interface Observation {
  targetId: string
  /** "YYYY-MM": the figure covers the period up to the end of this month. */
  month: string
  value: number
  ytdAmount?: number
  note?: string
  /** Demonstration data (示例数据), never mixed with entered figures. */
  sample?: boolean
  /** 公开数据: a figure a source document published, with its quote and the document's date. */
  published?: PublishedSource
}

export interface PublishedSource extends SourceQuote {
  /** "YYYY-MM-DD": the date of the document that published the figure. */
  publishedOn: string
}
