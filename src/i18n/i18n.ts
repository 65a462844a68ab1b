import { createInstance } from 'i18next'
import type { Lang } from '../lib/language.ts'
import { en } from './locales/en.ts'
import { ru } from './locales/ru.ts'

export type Translation = typeof ru

// A page is in one interface language, the one its address and <html lang> give, and it
// never changes while the page is open. Both languages' strings are bundled all the same
// (about 1.3 KB gzipped): a note shown in the other language labels its kind in that
// language too.
export const i18n = createInstance({
  lng: 'ru',
  fallbackLng: false,
  supportedLngs: ['ru', 'en'],
  resources: { ru: { translation: ru }, en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes; text is never set as HTML.
})
void i18n.init()

/** The interface strings of the page's language. */
export const t = i18n.t.bind(i18n)

/** The page's interface language. */
export function interfaceLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'ru'
}

/** Sets the interface language: once as a page starts, and per page when prerendering. */
export function setInterfaceLang(lang: Lang): void {
  void i18n.changeLanguage(lang)
}
