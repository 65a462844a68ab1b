import { createI18n, syncDocumentLanguage } from '../i18n/i18n.ts'
import { isLang, resolveLanguage } from '../lib/language.ts'
import { readStoredLanguage } from '../lib/storage.ts'

/** The i18n instance for this visit, in the language the URL, storage or browser asks for. */
export function startI18n(win: Window) {
  const fromUrl = new URLSearchParams(win.location.search).get('lang')?.toLowerCase()
  const lang = resolveLanguage({
    fromUrl: isLang(fromUrl) ? fromUrl : null,
    stored: readStoredLanguage(),
    browser: win.navigator.language,
  })
  const i18n = createI18n(lang)
  syncDocumentLanguage(i18n, win.document)
  return i18n
}
