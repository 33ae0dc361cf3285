// Every string the overview shows, in one place so an English version can follow.
export const OVERVIEW_TEXT = {
  title: (year: number) => `${year}年主要目标任务进度`,
  asOf: (date: string) => `按 ${date} 计算`,
  total: (n: number) => `共${n}项`,
  sampleBanner: '示例数据：本页实际值为演示用的虚构数据，不是统计部门发布的数字。',
  allCategories: '全部领域',
  allStatuses: '全部状态',
  categoryFilter: '按领域筛选',
  statusFilter: '按状态筛选',
  empty: '没有符合筛选条件的目标。',
  clearFilters: '清除筛选',
  loading: '正在载入目标…',
  loadError: '目标数据载入失败',
  retry: '重试',
  headline: '主要指标',
} as const
