// Every string the wall display shows, in one place so an English version can follow.
export const WALL_TEXT = {
  title: (year: number) => `晋中市${year}年主要目标任务进度`,
  brand: '晋',
  pageIndicator: (page: number, pages: number) => `${page}/${pages}`,
  pageIndicatorLabel: (page: number, pages: number) => `第${page}页，共${pages}页`,

  summaryTitle: '总览',
  total: (n: number) => `共${n}项目标`,
  countsLabel: '各状态目标数',
  countUnit: '项',
  headlines: '主要指标',

  attentionTitle: '需要关注',
  attentionCounts: (behind: number, atRisk: number) => `滞后${behind}项 · 预警${atRisk}项`,
  attentionEmpty: '当前没有滞后或预警的目标',
  part: (part: number, parts: number) => (parts > 1 ? `（${part}/${parts}）` : ''),
  categoryCount: (n: number) => `${n}项`,

  target: '目标',
  completed: '完成',
  deadline: (date: string) => `（${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日前）`,
  noFigureYet: '尚无本年度数据',
  notDueYet: '尚未到首个报告期',

  sample: '示例数据',
  sampleExplained: '示例数据：实际值为演示用的虚构数字，不是统计部门发布的数据',
  asOf: (date: string, period?: string) => `数据截至 ${date}${period ? ` · ${period}` : ''}`,
  updatedAt: (time: string) => `最后更新 ${time}`,
  live: '实时',
  reconnecting: (time: string) => `连接中断，正在重连…（显示 ${time} 的数据）`,
  stale: (minutes: number) => `数据已${minutes}分钟未更新`,

  loading: '正在载入目标数据…',
  retrying: (attempt: number) => `暂时无法取得数据，正在自动重试（第${attempt}次）…`,
} as const
