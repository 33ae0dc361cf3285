import type { Status } from '../../domain/status'

/** The word for each status: colour is never the only signal. */
export const STATUS_TEXT: Record<Status, string> = {
  onTrack: '正常',
  atRisk: '预警',
  behind: '滞后',
  done: '已完成',
  lateDone: '逾期完成',
  unreported: '未报全年数据',
  noData: '暂无数据',
  notDue: '未到报告期',
}

/** The order officials scan in: problems first. */
export const STATUS_ORDER: readonly Status[] = ['behind', 'atRisk', 'unreported', 'onTrack', 'done', 'lateDone', 'noData', 'notDue']
