export const languages = ['ru', 'en'] as const
export type Lang = (typeof languages)[number]

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'en'
}

const locales: Record<Lang, string> = { ru: 'ru-RU', en: 'en-US' }

// Making a formatter costs tens of milliseconds on a slow phone, and every page formats
// its dates in both languages' strings (the header, the citation): one per language, once.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>()

/** "14 ноября 2025 г." / "November 14, 2025"; the ISO date is a calendar day, not a moment. */
export function formatArticleDate(isoDate: string, lang: Lang): string {
  let format = dateFormats.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' })
    dateFormats.set(lang, format)
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`))
}

/** Text given in Russian and, unless the article is still a draft, in English. */
export interface Localized {
  ru: string
  en?: string | undefined
}

/** `value` in `lang`, or the Russian original (and so in `lang` "ru") while it has no English. */
export function localize(value: Localized, lang: Lang): { text: string; lang: Lang } {
  const text = value[lang]
  return text === undefined ? { text: value.ru, lang: 'ru' } : { text, lang }
}
