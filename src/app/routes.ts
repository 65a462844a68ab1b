import type { Lang } from '../lib/language.ts'

/** The pages of the site: the library, an article, and not-found for anything else. */
export type Route = { kind: 'home' } | { kind: 'article'; slug: string } | { kind: 'not-found' }

/**
 * The article whose page `/` was before the library existed: links shared then
 * (`/?speaker=nazarov`, `/?lang=en`, `/#quote-q5`) still open it.
 */
export const firstArticleSlug = '2025-11-14-kazakhstan-uzbekistan'

/** `pathname` in `lang`: Russian pages live at the root, English ones under /en/. */
export function pathInLanguage(pathname: string, lang: 'ru' | 'en'): string {
  const bare = pathname.replace(/^\/en(?=\/|$)/, '') || '/'
  return lang === 'en' ? `/en${bare}` : bare
}

export function routeOf(pathname: string, slugs: readonly string[]): Route {
  const bare = pathInLanguage(pathname, 'ru').replace(/index\.html$/, '')
  if (bare === '/') return { kind: 'home' }
  const slug = /^\/a\/([a-z0-9-]+)\/?$/.exec(bare)?.[1]
  return slug && slugs.includes(slug) ? { kind: 'article', slug } : { kind: 'not-found' }
}

export function pathOf(route: Exclude<Route, { kind: 'not-found' }>, lang: Lang): string {
  return pathInLanguage(route.kind === 'home' ? '/' : `/a/${route.slug}/`, lang)
}

export function articleHref(slug: string, lang: Lang): string {
  return pathOf({ kind: 'article', slug }, lang)
}

/** Where a visit to the library should go instead: an old link to the first article, or null. */
export function oldArticleLink(
  location: Pick<Location, 'search' | 'hash'>,
  articlePath: string,
): string | null {
  const params = new URLSearchParams(location.search)
  const isOld =
    params.has('speaker') ||
    params.has('lang') ||
    params.has('notes') ||
    location.hash.startsWith('#quote-')
  return isOld ? articlePath + location.search + location.hash : null
}

/**
 * The page at `location` in `lang`, with the same view (`?speaker=`, `?notes=`, a linked
 * `#quote-…`) and, unless a quote is linked, `place` (the id of the paragraph the reader
 * is at) as its hash. `?lang=` is dropped: following the link is the choice.
 */
export function pageInLanguage(
  location: Pick<Location, 'pathname' | 'search' | 'hash'>,
  lang: Lang,
  place: string | null,
): string {
  const params = new URLSearchParams(location.search)
  params.delete('lang')
  const query = params.toString().replaceAll('%2C', ',')
  const hash = location.hash.startsWith('#quote-') || !place ? location.hash : `#${place}`
  return pathInLanguage(location.pathname, lang) + (query ? `?${query}` : '') + hash
}
