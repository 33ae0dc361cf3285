// Status words are the product's vocabulary; the colours and icons are in components.
// lateDone: reached, but by a figure after the deadline (逾期完成). unreported: the figure that
// decides the target is due and missing (未报全年数据), so no colour can be given honestly.
export const STATUSES = ['onTrack', 'atRisk', 'behind', 'done', 'lateDone', 'unreported', 'noData', 'notDue'] as const
export type Status = (typeof STATUSES)[number]
