import { resolveLanguage, type Lang } from '../lib/language.ts'
import { readStoredLanguage } from '../lib/storage.ts'
import { parseViewState } from './view-state.ts'

/** The interface language this visit asks for: the URL's, the saved one, or the browser's. */
export function detectLanguage(win: Window): Lang {
  const { lang } = parseViewState(win.location.search, '', { speakerIds: [], quoteIds: [] })
  return resolveLanguage({
    fromUrl: lang,
    stored: readStoredLanguage(),
    browser: win.navigator.language,
  })
}
