import type { Status } from '../../domain/status'

// One shape per status, so the status reads in greyscale and to colour-blind eyes too.
const PATHS: Record<Status, string> = {
  onTrack: 'M5 10.5l3.2 3.2L15 7', // tick
  atRisk: 'M10 4.5l6 10.5H4z M10 9v2.8 M10 13.6v.2', // warning triangle
  behind: 'M10 5v8 M6.5 10l3.5 3.5 3.5-3.5', // arrow down
  done: 'M4.5 10.5l3 3L15.5 6 M9.5 13.5l6-6.5', // double tick
  lateDone: 'M5 10.5l3.2 3.2L15 7 M14.5 13.5v2.5 M14.5 18v.2', // tick with a late mark
  unreported: 'M7.5 7.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .8-1 1.5v.7 M10 14.5v.2', // question mark
  noData: 'M5 10h10', // dash
  notDue: 'M10 5.5V10l3 2', // clock hands
}

export function StatusIcon({ status, className = 'size-4' }: { status: Status; className?: string }) {
  return (
    <svg
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={className}
      aria-hidden
    >
      {status === 'notDue' && <circle cx="10" cy="10" r="6.5" />}
      <path d={PATHS[status]} />
    </svg>
  )
}
