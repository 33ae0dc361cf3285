/**
 * A thin line filling up until the next page. A CSS animation, restarted by its `key`, so the
 * page does not re-render sixty times a second to draw it. Decorative: the page indicator says the same.
 */
export function ProgressLine({ duration }: { duration: number }) {
  return (
    <div aria-hidden className="h-2 shrink-0 bg-slate-800">
      <div className="h-full origin-left bg-sky-400" style={{ animation: `wall-progress ${duration}ms linear forwards` }} />
    </div>
  )
}
