import type { Lang } from './language.ts'

export const languageKey = 'tandem:language'
/** The reading mode last chosen, carried by Tandem's own links to other articles. */
export const readingModeKey = 'tandem:view'

/**
 * Saves the interface language the reader chose; false where it can't be saved. Storage
 * may be missing, full, disabled by the browser (reading `localStorage` itself throws
 * then) or hold anything at all: the reader works the same without it.
 */
export function storeLanguage(lang: Lang): boolean {
  return store(languageKey, lang)
}

/** Saves `value` under `key`; false where it can't be saved. */
export function store(key: string, value: string): boolean {
  try {
    window.localStorage.setItem(key, value)
    return true
  } catch {
    return false
  }
}

/** What `key` holds, or null where nothing is saved or storage can't be read. */
export function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key)
  } catch {
    return null
  }
}
