import type { SourceDocument, TargetDefinition } from '../domain/target'
import { formatNumber, formatValue } from './format'

/** The target as officials say it: "5%以上", "36微克/立方米以内", "2%左右", "与经济增长基本同步". */
export function formatTargetValue(t: Pick<TargetDefinition, 'comparator' | 'value' | 'unit' | 'kind'>): string {
  const v = formatValue(t.value, t.unit)
  switch (t.comparator) {
    case 'atLeast':
      return t.kind === 'cumulative' || t.kind === 'milestone' ? v : `${v}以上`
    case 'atMost':
      return `${v}以内`
    case 'about':
      return `${v}左右`
    case 'inSync':
      return '与经济增长基本同步'
    case 'above':
      return '高于经济增长'
  }
}

export const CATEGORY_LABELS = {
  economy: '经济运行',
  agriculture: '农业农村',
  industry: '工业转型',
  innovation: '科技创新',
  investment: '投资与项目',
  opening: '改革开放',
  urbanRural: '城乡建设',
  ecology: '生态环保',
  livelihood: '民生保障',
  tourism: '文化旅游',
} as const satisfies Record<TargetDefinition['category'], string>

export const SOURCE_LABELS = {
  'jinzhong-2025-plan-report': '晋中市2025年国民经济和社会发展计划报告',
  'jinzhong-2025-government-work-report': '晋中市2025年政府工作报告',
  'jinzhong-2024-plan-report': '晋中市2024年国民经济和社会发展计划报告',
  'jinzhong-14th-five-year-review': '晋中日报：“十四五”成就新闻发布会',
  'shanxi-2025-government-work-report-digest': '山西省2025年政府工作报告',
} as const satisfies Record<SourceDocument, string>

/** A growth figure as read aloud: 4.8 → "增长4.8%", −1 → "下降1%". */
export function formatGrowth(rate: number): string {
  return rate < 0 ? `下降${formatNumber(-rate)}%` : `增长${formatNumber(rate)}%`
}
