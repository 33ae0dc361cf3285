import type { ReactNode } from 'react'

/** A labelled control with its hint and its error below it, both announced through aria-describedby. */
export function Field({
  id,
  label,
  hint,
  error,
  className = '',
  children,
}: {
  id: string
  label: string
  hint?: string
  error?: string
  /** Width in its row, e.g. "w-36" or "grow". */
  className?: string
  children: ReactNode
}) {
  return (
    <div className={`flex flex-col gap-1 text-sm ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <span id={`${id}-hint`} className="text-slate-500 text-xs">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} className="text-red-700 text-xs">
          {error}
        </span>
      )}
    </div>
  )
}

/** The aria-describedby of a Field's control: its error first, then its hint. */
export const describedBy = (id: string, { hint, error }: { hint?: string; error?: string }) =>
  [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined

/** A text input's look, red-bordered while it has an error. */
export const inputClass = (error?: string) =>
  `rounded-md border px-3 py-2 text-base ${error ? 'border-red-600' : 'border-slate-300'} focus-visible:outline-2 focus-visible:outline-blue-600`
