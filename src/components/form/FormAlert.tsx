/** What went wrong with a form or an action as a whole (a field's own error stays under the field); nothing when all is well. */
export function FormAlert({ message, className = '' }: { message?: string | null; className?: string }) {
  if (!message) return null
  return (
    <p role="alert" className={`rounded-md bg-red-50 px-3 py-2 text-red-800 text-sm ${className}`}>
      {message}
    </p>
  )
}
