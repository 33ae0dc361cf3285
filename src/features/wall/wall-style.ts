import type { Status } from '../../domain/status'

// The shared STATUS_STYLE text colours are for white cards; on the wall's near-black these lighter
// shades keep the same hues at a readable contrast (all ≥ 7:1 on slate-950/900).
export const WALL_STATUS_TEXT: Record<Status, string> = {
  onTrack: 'text-green-400',
  atRisk: 'text-amber-300',
  behind: 'text-red-400',
  done: 'text-sky-300',
  lateDone: 'text-indigo-300',
  unreported: 'text-slate-100',
  noData: 'text-slate-300',
  notDue: 'text-slate-300',
}

/** A coloured edge on each card, so the status reads from the far end of the room before the word does. */
export const WALL_STATUS_EDGE: Record<Status, string> = {
  onTrack: 'border-green-500',
  atRisk: 'border-amber-400',
  behind: 'border-red-500',
  done: 'border-sky-400',
  lateDone: 'border-indigo-400',
  unreported: 'border-slate-200',
  noData: 'border-slate-500',
  notDue: 'border-slate-500',
}

/**
 * Sizes the whole wall from the viewport: the root font size is 16px at 1920×1080 and grows with
 * the screen (32px at 3840×2160), capped by the height so a 4:3 projector cannot push anything off
 * screen. Tailwind's rem-based type and spacing then scale with it. The wall never scrolls.
 */
export const WALL_ROOT_CSS = `
html { font-size: min(0.8333vw, 1.4815vh); overflow: hidden; background: #020617; }
body { overflow: hidden; background: #020617; }
@keyframes wall-progress { from { transform: scaleX(0); } to { transform: scaleX(1); } }
`
