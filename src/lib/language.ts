export const languages = ['ru', 'en'] as const
export type Lang = (typeof languages)[number]

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'en'
}

const locales: Record<Lang, string> = { ru: 'ru-RU', en: 'en-US' }

/** "14 ноября 2025 г." / "November 14, 2025"; the ISO date is a calendar day, not a moment. */
export function formatArticleDate(isoDate: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locales[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  )
}
