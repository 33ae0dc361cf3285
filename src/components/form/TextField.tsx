import type { InputHTMLAttributes } from 'react'
import { describedBy, Field, inputClass } from './Field'

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string
  label: string
  hint?: string
  error?: string
  /** The field's width in its row, as for Field. */
  className?: string
  /** Added to the input's own look, e.g. "tabular-nums". */
  inputClassName?: string
}

/** A labelled text input with its hint and error wired to it: marked invalid and described by them. */
export function TextField({ id, label, hint, error, className, inputClassName = '', ...input }: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} className={className}>
      <input
        id={id}
        {...input}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
        className={`${inputClass(error)} ${inputClassName}`}
      />
    </Field>
  )
}
