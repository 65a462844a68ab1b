import { useLayoutEffect, type MouseEvent } from 'react'
import { t } from '../i18n/i18n.ts'
import { ChoiceLinks } from '../lib/choice-links.tsx'
import { useIsHydrated } from '../lib/use-is-hydrated.ts'
import { navigate, useLocation } from './location.ts'
import { readingModeOf, readingModes, serializeViewState, type ReadingMode } from './view-state.ts'

/**
 * The reading mode: a link per mode to this page (at `path`) in it, `?view=`, the current
 * one marked. Followed before the app's code arrives, a link loads the page in that mode;
 * once the app runs, it changes the address in place. A draft has no English yet, so it
 * offers the Russian mode alone and says why.
 *
 * Of the page, only this and the language links read the mode from the address, so a
 * switch re-renders them alone; the page's styles take it from <html data-view>.
 */
export function ReadingModes({ path, isDraft }: { path: string; isDraft: boolean }) {
  const { search, hash } = useLocation()
  // A draft has no English to read in another mode.
  const current = isDraft ? 'ru' : readingModeOf(new URLSearchParams(search))
  useModeMark(current)
  const searchFor = (mode: ReadingMode) => serializeViewState(search, { mode })

  function handleClick(event: MouseEvent, mode: ReadingMode) {
    // A new tab or window is the browser's to open.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return
    event.preventDefault()
    // The head script remembers the choice (src/head/head.ts), before the code arrives too.
    navigate(searchFor(mode))
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
          href={`${path}${searchFor(mode)}${hash}`}
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

/**
 * <html data-view>, which the page's styles read (styles.css): the head script sets it on
 * arrival, before the first paint; from then on it follows the address.
 */
function useModeMark(mode: ReadingMode) {
  const isHydrated = useIsHydrated()
  useLayoutEffect(() => {
    // Hydration renders the address as the build saw it, without ?view=: wait for the real one.
    if (!isHydrated) return
    if (mode === 'ru') delete document.documentElement.dataset.view
    else document.documentElement.dataset.view = mode
  }, [mode, isHydrated])
}
