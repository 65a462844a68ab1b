import { createInstance, type i18n } from 'i18next'
import { startTransition } from 'react'
import { localeLoaders } from 'virtual:tandem-locales'
import { initReactI18next } from 'react-i18next'
import type { Lang } from '../lib/language.ts'
import type { ru } from './locales/ru.ts'

export type Translation = typeof ru
export type Locales = Partial<Record<Lang, Translation>>

// A reader needs one interface language at first paint; the other loads if they switch.
// The strings are the locale modules', checked by the compiler (see content-plugin.ts).
export function loadLocale(lng: Lang): Promise<Translation> {
  const load = localeLoaders[lng]
  if (!load) throw new Error(`Tandem: no strings for "${lng}"`)
  return load() as Promise<Translation>
}

/** A ready instance for `lng`, initialised synchronously from the locales given. */
export function createI18n(lng: Lang, locales: Locales): i18n {
  const instance = createInstance({
    lng,
    fallbackLng: false,
    supportedLngs: ['ru', 'en'],
    resources: Object.fromEntries(
      Object.entries(locales).map(([lang, translation]) => [lang, { translation }]),
    ),
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes; text is never set as HTML.
  })
  instance.use(initReactI18next)
  void instance.init()
  return instance
}

let latestRequest: Lang | undefined

/**
 * Switches the interface language, loading its strings first if they are not here yet.
 * The last request wins: a switch still loading its strings when another one (say, Back to
 * an entry read in the other language) has finished does not undo it.
 */
export async function switchLanguage(instance: i18n, lng: Lang): Promise<void> {
  latestRequest = lng
  if (!instance.hasResourceBundle(lng, 'translation'))
    instance.addResourceBundle(lng, 'translation', await loadLocale(lng))
  // Every string on the page changes: a transition lets React do that without freezing
  // the page, showing the new language when it is ready.
  if (latestRequest !== lng) return
  let changed: Promise<unknown> = Promise.resolve()
  startTransition(() => {
    changed = instance.changeLanguage(lng)
  })
  await changed
}

/** Keeps `<html lang>` in step with the interface language. */
export function syncDocumentLanguage(instance: i18n, doc: Document): void {
  const apply = (lng: string) => {
    doc.documentElement.lang = lng
  }
  apply(instance.language)
  instance.on('languageChanged', apply)
}
