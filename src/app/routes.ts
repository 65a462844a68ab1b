import type { Lang } from '../lib/language.ts'

/** The pages of the site: the library, an article, and not-found for anything else. */
export type Route = { kind: 'home' } | { kind: 'article'; slug: string } | { kind: 'not-found' }

/**
 * The article whose page `/` was before the library existed: links shared then
 * (`/?speaker=nazarov`, `/?lang=en`, `/#quote-q5`) still open it.
 */
export const firstArticleSlug = '2025-11-14-kazakhstan-uzbekistan'

/**
 * `pathname` in `lang`: Russian pages live at the root, English ones under /en/.
 * Self-contained (no imports, no outer names): prerendered pages inline it.
 */
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

/**
 * Where a visit to the library should go instead: an old link to the first article, or
 * null. Self-contained like `pathInLanguage`, for the same reason.
 */
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
