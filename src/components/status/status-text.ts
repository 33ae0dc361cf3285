import type { Status } from '../../domain/status'

/** The word for each status: colour is never the only signal. */
export const STATUS_TEXT: Record<Status, string> = {
  onTrack: '正常',
  atRisk: '预警',
  behind: '滞后',
  done: '已完成',
  lateDone: '逾期完成',
  // The card names the period (未报全年数据, 未报一季度数据); lists and counts use the general word.
  unreported: '逾期未报',
  noData: '暂无数据',
  notDue: '未到报告期',
}

/** The order officials scan in: problems first. */
export const STATUS_ORDER: readonly Status[] = ['behind', 'atRisk', 'unreported', 'onTrack', 'done', 'lateDone', 'noData', 'notDue']

// Rare statuses get a tile only when some target has them (or a filter is on them), so the usual
// six stay on one line.
const RARE: ReadonlySet<Status> = new Set(['lateDone', 'unreported'])

/** The statuses to give a count tile, in STATUS_ORDER. */
export function statusesToCount(counts: Record<Status, number>, selected?: Status): Status[] {
  return STATUS_ORDER.filter((s) => !RARE.has(s) || counts[s] > 0 || selected === s)
}
