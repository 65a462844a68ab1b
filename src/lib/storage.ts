import type { Lang } from './language.ts'

export const languageKey = 'tandem:language'

/**
 * Saves the interface language the reader chose; false where it can't be saved. Storage
 * may be missing, full, disabled by the browser (reading `localStorage` itself throws
 * then) or hold anything at all: the reader works the same without it.
 */
export function storeLanguage(lang: Lang): boolean {
  try {
    window.localStorage.setItem(languageKey, lang)
    return true
  } catch {
    return false
  }
}
