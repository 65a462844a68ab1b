import type { ReactNode } from 'react'

/** The button half of a WAI-ARIA disclosure: it shows or hides the element `controls` names. */
export function DisclosureButton({
  controls,
  isExpanded,
  onToggle,
  small = false,
  children,
}: {
  controls: string
  isExpanded: boolean
  onToggle: () => void
  small?: boolean
  children: ReactNode
}) {
  return (
    <button
      type="button"
      className={small ? 'disclosure disclosure-small' : 'disclosure'}
      aria-expanded={isExpanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {children}
    </button>
  )
}
