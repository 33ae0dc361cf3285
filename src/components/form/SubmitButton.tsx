const TONES = {
  /** Account and admin actions. */
  dark: 'bg-slate-900',
  /** Writing figures (save, import), set apart from the dark navigation and account buttons. */
  blue: 'bg-blue-700',
} as const

interface SubmitButtonProps {
  label: string
  /** While the request runs: the button is disabled (no double submit) and says so. */
  pending: boolean
  pendingLabel?: string
  tone?: keyof typeof TONES
  /** Placement in its form, e.g. "self-start". */
  className?: string
}

/** A form's submit button, the same in every form. */
export function SubmitButton({ label, pending, pendingLabel = label, tone = 'dark', className = '' }: SubmitButtonProps) {
  return (
    <button
      type="submit"
      disabled={pending}
      className={`rounded-md px-4 py-2 font-medium text-white disabled:opacity-60 ${TONES[tone]} ${className}`}
    >
      {pending ? pendingLabel : label}
    </button>
  )
}
