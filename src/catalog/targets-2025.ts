// The 2025 target catalog: every quantitative target of the two reports of 2025-02-26,
// one file per category under ./2025/. Quotes are checked by scripts/check-sources.ts.
import type { TargetDefinition } from '../domain/target'
import { agriculture2025 } from './2025/agriculture'
import { ecology2025 } from './2025/ecology'
import { economy2025 } from './2025/economy'
import { industry2025 } from './2025/industry'
import { innovation2025 } from './2025/innovation'
import { investment2025 } from './2025/investment'
import { livelihood2025 } from './2025/livelihood'
import { tourism2025 } from './2025/tourism'
import { urbanRural2025 } from './2025/urban-rural'

export const targets2025: TargetDefinition[] = [
  ...economy2025,
  ...agriculture2025,
  ...industry2025,
  ...innovation2025,
  ...investment2025,
  ...urbanRural2025,
  ...ecology2025,
  ...livelihood2025,
  ...tourism2025,
]
