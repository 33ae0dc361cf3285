/**
 * A number as staff type it: "1,234.5", "１２．３" (full-width, as Chinese input methods produce),
 * " 3.2 ". Empty is undefined; anything else that is not a number is NaN.
 */
export function parseNumber(text: string): number | undefined {
  const normalized = text
    .replace(/[\uff10-\uff19]/g, (d) => String(d.charCodeAt(0) - 0xff10))
    .replace(/[．。]/g, '.')
    .replace(/[－—]/g, '-')
    .replace(/[,，\s]/g, '')
  if (normalized === '') return undefined
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized) ? Number(normalized) : Number.NaN
}
