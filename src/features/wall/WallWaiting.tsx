import { WALL_TEXT } from './wall-text'

/** Before the first data: calm, not an error page; the query keeps retrying on its own. */
export function WallWaiting({ attempt, reason }: { attempt: number; reason?: string }) {
  return (
    <div role="status" className="grid h-full place-items-center">
      <div className="flex flex-col items-center gap-6 text-center">
        <span aria-hidden className="size-20 animate-spin rounded-full border-8 border-slate-700 border-t-sky-400" />
        <p className="font-bold text-5xl text-slate-100">{attempt > 0 ? WALL_TEXT.retrying(attempt) : WALL_TEXT.loading}</p>
        {attempt > 0 && reason && <p className="text-3xl text-slate-400">{reason}</p>}
      </div>
    </div>
  )
}
