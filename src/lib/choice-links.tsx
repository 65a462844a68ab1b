import type { ReactNode } from 'react'

/** A labelled group of links, one per choice, drawn as segmented buttons (styles.css, .choice). */
export function ChoiceLinks({
  labelId,
  label,
  className,
  note,
  children,
}: {
  labelId: string
  label: string
  className?: string
  /** A line under the choices. */
  note?: ReactNode
  /** The links, the current one with `aria-current`. */
  children: ReactNode
}) {
  return (
    <div
      className={className ? `choice ${className}` : 'choice'}
      role="group"
      aria-labelledby={labelId}
    >
      <span id={labelId} className="choice-legend">
        {label}
      </span>
      <div className="choice-options">{children}</div>
      {note}
    </div>
  )
}
