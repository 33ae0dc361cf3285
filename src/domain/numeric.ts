// Comparisons with a small tolerance. Figures like 2.4 / 3.2 or 5.1 − 5 are not exact in binary
// floating point, and a target met "exactly" must not flip to amber on the last bit.

export const EPSILON = 1e-9

/** a ≥ b, allowing for floating-point noise. */
export function gte(a: number, b: number): boolean {
  return a >= b - EPSILON
}

/** a ≤ b, allowing for floating-point noise. */
export function lte(a: number, b: number): boolean {
  return a <= b + EPSILON
}

/** a > b by more than floating-point noise ("strictly above"). */
export function gt(a: number, b: number): boolean {
  return a > b + EPSILON
}

export function clamp(x: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, x))
}
