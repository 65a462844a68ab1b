import { createInstance, type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../lib/language.ts'
import { en } from './locales/en.ts'
import { ru } from './locales/ru.ts'

export const resources = { ru: { translation: ru }, en: { translation: en } } as const

/** A ready instance: resources are bundled, so it initialises synchronously. */
export function createI18n(lng: Lang): i18n {
  const instance = createInstance({
    lng,
    fallbackLng: 'ru',
    supportedLngs: ['ru', 'en'],
    resources,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; text is never set as HTML.
    returnNull: false,
  })
  instance.use(initReactI18next)
  void instance.init()
  return instance
}

/** Keeps `<html lang>` and the title in step with the interface language. */
export function syncDocumentLanguage(instance: i18n, doc: Document): void {
  const apply = (lng: string) => {
    doc.documentElement.lang = lng
  }
  apply(instance.language)
  instance.on('languageChanged', apply)
}
