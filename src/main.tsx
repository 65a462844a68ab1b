import { startTransition, StrictMode, type ReactElement } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { EarlyClicks } from './app/early-clicks.tsx'
import { languageOfVisit } from './app/language-of-visit.ts'
import { firstArticleSlug, oldArticleLink, pathOf, routeOf, type Route } from './app/routes.ts'
import { articles } from './content/articles.ts'
import { articlePage } from './pages/article-page.tsx'
import { homePage } from './pages/home-page.tsx'
import { notFoundPage } from './pages/not-found-page.tsx'
import { createI18n, loadLocale } from './i18n/i18n.ts'
import { InterfaceLanguageProvider } from './i18n/interface-language.tsx'
import { isLang, type Lang } from './lib/language.ts'
import { languageKey } from './lib/storage.ts'
import './app/styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('Tandem: no #root element')
// Controls that need JavaScript show on a scripted page. A built page's <head> script has
// marked it already, before the first paint; the dev server's pages are marked here.
if (import.meta.env.DEV) document.documentElement.classList.add('js')

// One chunk for every kind of page: split, each page would load less of its own code but
// more bytes in all (measured: 0.7–1.9 KB more per page, gzipped), as the shared modules
// and libraries then need exports and imports between chunks.
function pageFor(route: Route): Promise<ReactElement> {
  if (route.kind === 'article') return articlePage(route.slug)
  if (route.kind === 'home') return homePage()
  return Promise.resolve(notFoundPage())
}

const slugs = articles.map((entry) => entry.slug)
const route = routeOf(window.location.pathname, slugs)
// Prerendered pages do this in their <head>; the dev server's pages do it here.
const oldLink =
  import.meta.env.DEV && route.kind === 'home' && slugs.includes(firstArticleSlug)
    ? oldArticleLink(window.location, pathOf({ kind: 'article', slug: firstArticleSlug }, 'ru'))
    : null
if (oldLink) window.location.replace(oldLink)
// A built page hydrates in the language it was prerendered in: the inline script in its
// <head> has already sent a visit that wants the other language to the other page. The
// dev server's pages are not prerendered and start in the language the visit asks for.
const isPrerendered = container.hasChildNodes()
const pageLang = document.documentElement.lang
const lang: Lang = import.meta.env.DEV
  ? languageOfVisit(window, languageKey)
  : isLang(pageLang)
    ? pageLang
    : 'ru'
const [page, strings] = await Promise.all([pageFor(route), loadLocale(lang)])
const i18n = createI18n(lang, { [lang]: strings })

const app = (
  <StrictMode>
    <InterfaceLanguageProvider i18n={i18n}>{page}</InterfaceLanguageProvider>
    <EarlyClicks />
  </StrictMode>
)
if (isPrerendered) {
  // Let the prerendered page paint before hydration takes the main thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
  // In a transition, hydration yields to the browser every few milliseconds instead of
  // holding the main thread for the whole page.
  startTransition(() => {
    hydrateRoot(container, app)
  })
} else createRoot(container).render(app)
