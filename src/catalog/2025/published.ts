// 公开数据: 2025 figures the source documents have already published, seeded as real observations
// so that a fresh install shows what is publicly known. Not staff entries, not sample data.
// Quotes are checked by scripts/check-sources.ts; tests/catalog checks targets, months and ranges.
//
// Read and found nothing else to seed: the two reports of 2025-02-26 give 2024 results and 2025
// targets only; the province digest is about the province. The review's other figures are for 2024
// or 2021–2024, or match no target (学前教育毛入园率, 入河排污口超标率 …); 高新技术企业达396家 is an
// undated total (the target counts new recognitions in 2025); 榆次小西沟 成功创建4A级旅游景区 is neither
// 榆次醋博园 nor in one of the four counties of the 4A“破零” target.
import type { SourceDocument } from '../../domain/target'
import { DOCUMENT_DATES, review } from './docs'

/** A published figure for one target, in the target's own unit and on its own basis. */
export interface PublishedFigure {
  targetId: string
  /** "YYYY-MM": the last month the figure covers. */
  month: string
  value: number
  ytdAmount?: number
  source: { doc: SourceDocument; quote: string }
  /** "YYYY-MM-DD": the date of the document that published it (see DOCUMENT_DATES). */
  publishedOn: string
  note?: string
}

const REVIEW_DATE = DOCUMENT_DATES['jinzhong-14th-five-year-review'].date

export const PUBLISHED_FIGURES_2025: PublishedFigure[] = [
  {
    targetId: 'yellow-river-projects',
    month: '2025-10',
    value: 39,
    source: review('44项"一泓清水入黄河"生态保护工程全部开工,完工39项'),
    publishedOn: REVIEW_DATE,
    note: '44项工程已全部开工，完工39项。原文未写统计截止日；报道于2025年10月刊发（系列发布会10月22日起），所述是刊发时已有的情况，故记为10月：完工项目只增不减，10月末至少完工39项；若记为9月，可能把10月才完工的项目算进9月。',
  },
]
