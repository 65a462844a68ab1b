/**
 * The interface language a visit asks for: `?lang=`, else the /en/ page, else the saved
 * choice, else the browser's language (ru* is Russian, anything else English).
 * The page's head script (src/head/head.ts) sends the visit there before anything is painted.
 */
export function languageOfVisit(
  win: Pick<Window, 'location' | 'navigator' | 'localStorage'>,
  storageKey: string,
): 'ru' | 'en' {
  const fromUrl = new URLSearchParams(win.location.search).get('lang')?.toLowerCase()
  if (fromUrl === 'ru' || fromUrl === 'en') return fromUrl
  if (/^\/en(\/|$)/.test(win.location.pathname)) return 'en'
  let stored: string | null = null
  try {
    // Storage may be disabled (reading it throws), full or hold anything.
    stored = win.localStorage.getItem(storageKey)
  } catch {
    stored = null
  }
  if (stored === 'ru' || stored === 'en') return stored
  return (win.navigator.language || '').toLowerCase().startsWith('ru') ? 'ru' : 'en'
}
