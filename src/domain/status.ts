// Status words are the product's vocabulary; the colours and icons are in components.
export const STATUSES = ['onTrack', 'atRisk', 'behind', 'done', 'noData', 'notDue'] as const
export type Status = (typeof STATUSES)[number]
