import { createInstance, type i18n } from 'i18next'
import { localeLoaders } from 'virtual:tandem-locales'
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
  if (instance.language === lng) return
  if (!instance.hasResourceBundle(lng, 'translation'))
    instance.addResourceBundle(lng, 'translation', await loadLocale(lng))
  if (latestRequest !== lng) return
  // The page follows in a transition (interface-language.tsx).
  await instance.changeLanguage(lng)
}
