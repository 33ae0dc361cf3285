// Small builders so each test row states only what the case is about.

import type { Observation, TargetDefinition, TargetKind } from '../../src/domain/target'

const DEFAULT_COMPARATOR = {
  growth: 'atLeast',
  cumulative: 'atLeast',
  level: 'atLeast',
  ceiling: 'atMost',
  band: 'about',
  relative: 'inSync',
  milestone: 'atLeast',
} as const satisfies Record<TargetKind, TargetDefinition['comparator']>

const DEFAULT_UNIT: Record<TargetKind, string> = {
  growth: '%',
  cumulative: '万人',
  level: '%',
  ceiling: '微克/立方米',
  band: '%',
  relative: '%',
  milestone: '项',
}

/** A 2025, monthly, year-end target of `kind`; override anything. id defaults to "t". */
export function makeTarget(kind: TargetKind, overrides: Partial<TargetDefinition> = {}): TargetDefinition {
  return {
    id: 't',
    year: 2025,
    name: `测试目标（${kind}）`,
    category: 'economy',
    kind,
    comparator: DEFAULT_COMPARATOR[kind],
    value: 100,
    unit: DEFAULT_UNIT[kind],
    frequency: 'monthly',
    deadline: '2025-12-31',
    sources: [{ doc: 'jinzhong-2025-plan-report', quote: '测试用句子' }],
    ...overrides,
  }
}

/** One figure for target "t" (or `targetId`). */
export function obs(month: string, value: number, extra: Partial<Observation> = {}): Observation {
  return { targetId: 't', month, value, ...extra }
}

/** Figures for consecutive months of 2025 from `fromMonth` (1..12). */
export function series(values: readonly number[], fromMonth = 1, targetId = 't'): Observation[] {
  return values.map((value, i) => ({ targetId, month: `2025-${String(fromMonth + i).padStart(2, '0')}`, value }))
}
