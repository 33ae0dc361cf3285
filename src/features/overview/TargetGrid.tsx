import { useId } from 'react'
import { TargetCard } from '../../components/target/TargetCard'
import type { TargetWithStatus } from '../../contract/targets'

/** One category's cards under its heading; headline targets first. */
export function TargetGrid({ title, items }: { title: string; items: TargetWithStatus[] }) {
  const headingId = useId()
  const ordered = [...items].sort((a, b) => Number(b.target.headline ?? false) - Number(a.target.headline ?? false))
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <h2 id={headingId} className="flex items-baseline gap-2 font-bold text-lg">
        {title}
        <span className="font-normal text-slate-500 text-sm">{items.length}项</span>
      </h2>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 2xl:grid-cols-4">
        {ordered.map((item) => (
          <TargetCard key={item.target.id} item={item} />
        ))}
      </div>
    </section>
  )
}
