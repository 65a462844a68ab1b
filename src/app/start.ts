import { createI18n, syncDocumentLanguage } from '../i18n/i18n.ts'
import { resolveLanguage } from '../lib/language.ts'
import { readStoredLanguage } from '../lib/storage.ts'
import { parseViewState } from './view-state.ts'

/** The i18n instance for this visit, in the language the URL, storage or browser asks for. */
export function startI18n(win: Window) {
  const { lang } = parseViewState(win.location.search, '', { speakerIds: [], quoteIds: [] })
  const i18n = createI18n(
    resolveLanguage({
      fromUrl: lang,
      stored: readStoredLanguage(),
      browser: win.navigator.language,
    }),
  )
  syncDocumentLanguage(i18n, win.document)
  return i18n
}
