// Quote helpers for the 2025 catalog: one per source document, so entries stay short.
import type { SourceQuote } from '../../domain/target'

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
