// Source documents of the 2025 catalog: one quote helper per document, so entries stay short, and
// the date each document was published.
import type { SourceDocument, SourceQuote } from '../../domain/target'

/** 晋中市2025年国民经济和社会发展计划草案的报告 (发改委). */
export const plan = (quote: string): SourceQuote => ({ doc: 'jinzhong-2025-plan-report', quote })
/** 晋中市2025年政府工作报告（摘要）. */
export const gov = (quote: string): SourceQuote => ({ doc: 'jinzhong-2025-government-work-report', quote })
/** 晋中市“十四五”成就新闻发布会 (晋中日报, 2025-10). */
export const review = (quote: string): SourceQuote => ({ doc: 'jinzhong-14th-five-year-review', quote })
/** 山西省2025年政府工作报告摘要. */
export const shanxi = (quote: string): SourceQuote => ({
  doc: 'shanxi-2025-government-work-report-digest',
  quote,
})

/**
 * Note for a target whose `province` figure is the province's own total (45万人, 600部 …), not a
 * rate: it stands beside the city's as the province's target and is never compared with it.
 */
export const PROVINCE_TOTAL_NOTE = '全省目标是全省的总量，与本市数量不可比：只作为全省自身的目标标注，不计算差距。'

/**
 * When a document was published: `quote` is the sentence in the document that dates it (checked by
 * scripts/check-sources.ts), `note` says what the date is where the page itself carries none.
 */
export interface DocumentDate {
  /** "YYYY-MM-DD". */
  date: string
  quote: string
  note?: string
}

export const DOCUMENT_DATES: Readonly<Record<SourceDocument, DocumentDate>> = {
  'jinzhong-2025-plan-report': { date: '2025-02-26', quote: '2025年2月26日在晋中市第五届人民代表大会第五次会议上' },
  'jinzhong-2025-government-work-report': {
    date: '2025-02-26',
    quote: '2025年2月26日在晋中市第五届人民代表大会第五次会议上',
  },
  'jinzhong-2024-plan-report': {
    date: '2024-02-27',
    quote: '2024年2月27日在晋中市第五届人民代表大会第四次会议上',
    note: '报告所作日期；同版刊出的新闻写到3月13日，见报晚于此日。',
  },
  'jinzhong-14th-five-year-review': {
    date: '2025-10-22',
    quote: '从10月22日起举办',
    note: '版面未印日期。系列发布会从10月22日起举办，本篇标题带“(一)”，当为首场的解读：取首场发布会日期，见报不早于此日。',
  },
  'shanxi-2025-government-work-report-digest': {
    date: '2025-01-17',
    quote: '1月17日,山西省十四届人大三次会议开幕',
    note: '省政府工作报告所作日期；摘要转自《山西晚报》，见报日期未印。',
  },
}
