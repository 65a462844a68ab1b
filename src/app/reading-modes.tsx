import type { MouseEvent } from 'react'
import { t } from '../i18n/i18n.ts'
import { ChoiceLinks } from '../lib/choice-links.tsx'
import { readingModes, type ReadingMode } from './view-state.ts'

/**
 * The reading mode: a link per mode to this page in it (`?view=`), the current one marked.
 * Followed before the app's code arrives, a link loads the page in that mode; once the
 * app runs, it changes the address in place (`onChoose`). A draft has no English yet, so
 * it offers the Russian mode alone and says why.
 */
export function ReadingModes({
  current,
  hrefFor,
  isDraft,
  onChoose,
}: {
  current: ReadingMode
  hrefFor: (mode: ReadingMode) => string
  isDraft: boolean
  onChoose: (mode: ReadingMode) => void
}) {
  function handleClick(event: MouseEvent, mode: ReadingMode) {
    // A new tab or window is the browser's to open.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    onChoose(mode)
  }

  return (
    <ChoiceLinks
      labelId="reading-mode-label"
      label={t('view.label')}
      className="reading-modes"
      note={isDraft && <p className="reading-modes-note">{t('view.draftOnly')}</p>}
    >
      {(isDraft ? (['ru'] as const) : readingModes).map((mode) => (
        <a
          key={mode}
          className="choice-option"
          href={hrefFor(mode)}
          data-view-choice={mode}
          aria-current={mode === current ? 'true' : undefined}
          onClick={(event) => handleClick(event, mode)}
        >
          {t(`view.${mode}`)}
        </a>
      ))}
    </ChoiceLinks>
  )
}
