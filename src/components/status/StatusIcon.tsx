import type { Status } from '../../domain/status'

// One shape per status, so the status reads in greyscale and to colour-blind eyes too.
const PATHS: Record<Status, string> = {
  onTrack: 'M5 10.5l3.2 3.2L15 7', // tick
  atRisk: 'M10 4.5l6 10.5H4z M10 9v2.8 M10 13.6v.2', // warning triangle
  behind: 'M10 5v8 M6.5 10l3.5 3.5 3.5-3.5', // arrow down
  done: 'M4.5 10.5l3 3L15.5 6 M9.5 13.5l6-6.5', // double tick
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
