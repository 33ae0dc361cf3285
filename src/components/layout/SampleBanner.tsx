/** Demonstration figures are always said to be so, on every screen that shows them. */
export function SampleBanner({ text }: { text: string }) {
  return (
    <p role="note" className="rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 font-medium text-amber-900 text-sm">
      {text}
    </p>
  )
}
