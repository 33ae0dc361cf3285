import type { Status } from '../../domain/status'

/** Tailwind classes per status: text on white, a soft badge, and the solid bar colour. */
export const STATUS_STYLE: Record<Status, { badge: string; bar: string; text: string }> = {
  onTrack: { badge: 'bg-green-50 text-green-800 ring-green-700/30', bar: 'bg-green-600', text: 'text-green-700' },
  atRisk: { badge: 'bg-amber-50 text-amber-800 ring-amber-700/30', bar: 'bg-amber-500', text: 'text-amber-700' },
  behind: { badge: 'bg-red-50 text-red-800 ring-red-700/30', bar: 'bg-red-600', text: 'text-red-700' },
  done: { badge: 'bg-blue-50 text-blue-800 ring-blue-700/30', bar: 'bg-blue-600', text: 'text-blue-700' },
  lateDone: { badge: 'bg-indigo-50 text-indigo-800 ring-indigo-700/30', bar: 'bg-indigo-500', text: 'text-indigo-700' },
  unreported: { badge: 'bg-white text-slate-800 ring-slate-700/60', bar: 'bg-slate-500', text: 'text-slate-700' },
  noData: { badge: 'bg-slate-100 text-slate-600 ring-slate-500/30', bar: 'bg-slate-400', text: 'text-slate-500' },
  notDue: { badge: 'bg-slate-100 text-slate-600 ring-slate-500/30', bar: 'bg-slate-400', text: 'text-slate-500' },
}
