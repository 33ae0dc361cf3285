// Published 2024 figures that no 2025 target uses, kept with their sources because the documents
// disagree on them. Quotes are checked by scripts/check-sources.ts.
import type { Figure } from '../../domain/target'
import { plan, review } from './docs'

/** One indicator's published figures, each with its own source; `note` says how they relate. */
export interface ContextFigures {
  id: string
  name: string
  figures: Figure[]
  note: string
}

export const CONTEXT_FIGURES_2024: ContextFigures[] = [
  {
    id: 'general-budget-revenue',
    name: '一般公共预算收入',
    figures: [
      {
        year: 2024,
        value: 179.4,
        unit: '亿元',
        label: '总量（计划报告）',
        source: plan('一般公共预算收入完成179.4亿元'),
      },
      {
        year: 2024,
        value: -7.78,
        unit: '%',
        label: '增速（计划报告）',
        source: plan('一般公共预算收入完成179.4亿元，同比下降7.78%'),
      },
      {
        year: 2024,
        value: 1.6,
        unit: '%',
        label: '增速（“十四五”成就新闻发布会）',
        source: review('2024年,全市一般公共预算收入增长1.6%'),
      },
    ],
    note: '两份文件说法不一：计划报告为“同比下降7.78%”，“十四五”成就新闻发布会为“增长1.6%”，紧接其后是一般公共预算支出的“年均增长1.6%”。发布会文字是否在排版中缺字，无法从原文判断，故两者并列、各注来源，不作取舍。2025年报告未给该项目标，故不列为目标。',
  },
]
