import type { Lang } from './language.ts'

export const languageKey = 'tandem:language'

// Storage may be missing, full, disabled by the browser (reading `localStorage` itself
// throws then) or hold anything at all: the reader works the same without it.
function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

export function storeLanguage(lang: Lang): void {
  try {
    storage()?.setItem(languageKey, lang)
  } catch {
    // Not saved: the choice still holds for this page through the URL.
  }
}
