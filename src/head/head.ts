// The page's head script, built by Vite and inlined in every prerendered page's <head>
// (build/prerender.tsx). It runs before anything is painted, and does only what can't
// wait for the app's code: send a visit to the page it asks for, and make the page's
// buttons and links that need a script answer from the first tap.
import { languageOfVisit } from '../app/language-of-visit.ts'
import { languageLinkHref, setAllOpen, watchReadingPlace } from '../app/page-actions.ts'
import { firstArticleSlug, oldArticleLink, pathInLanguage, pathOf } from '../app/routes.ts'
import { isReadingMode, readingModeOf } from '../app/view-state.ts'
import { isLang } from '../lib/language.ts'
import { languageKey, readingModeKey, store, stored, storeLanguage } from '../lib/storage.ts'
import { startAppAfterFirstPaint, type AppCode } from './start-app.ts'

// The app's code and how long it may wait for the first paint: written in by the build.
declare const __APP_CODE__: AppCode

const root = document.documentElement
/** Where the reader last stopped scrolling, below the top of the page. */
let lastPlace: string | null = null

function redirect(): boolean {
  // Links made when the first article was the home page (`/?speaker=…`) still open it.
  // They come from elsewhere: Tandem's own links to the library (`/?lang=ru`) are not old.
  const fromTandem = document.referrer.startsWith(`${location.origin}/`)
  if (!fromTandem && /^\/(?:index\.html)?$/.test(location.pathname)) {
    const old = oldArticleLink(location, pathOf({ kind: 'article', slug: firstArticleSlug }, 'ru'))
    if (old) {
      location.replace(old)
      return true
    }
  }
  // `?lang=`, the saved choice or the browser asks for the other language: go to its page.
  // Only on arrival: Back, Forward or a reload returns to the page as the reader left it.
  if (!isArrival()) return false
  const lang = languageOfVisit(window, languageKey)
  if (lang === root.lang) return false
  location.replace(pathInLanguage(location.pathname, lang) + location.search + location.hash)
  return true
}

function isArrival(): boolean {
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
  return !navigation || navigation.type === 'navigate'
}

function handleClick(event: MouseEvent) {
  const target = event.target instanceof Element ? event.target : null
  if (event.type === 'auxclick') {
    // Of the other buttons, only a middle click is a reader's: it opens a link in a new tab.
    if (event.button === 1) followLink(target)
    return
  }
  followLink(target)
  const expand = target?.closest<HTMLElement>('[data-expand]')
  if (expand) setAllOpen(document, expand.dataset.expand === 'all')
  if (target?.closest('[data-print]')) window.print()
}

/** What following one of Tandem's own links takes along. */
function followLink(target: Element | null) {
  const link = target?.closest<HTMLAnchorElement>('a[data-language-link]')
  const lang = link?.hreflang
  if (link && isLang(lang)) {
    // Saved, so that later visits land on this language; where it can't be saved, the
    // address says it instead.
    const href = languageLinkHref(document, lang, lastPlace)
    link.href = storeLanguage(lang) || lang === 'en' ? href : withLang(href, lang)
  }
  // The reading mode chosen is remembered, and Tandem's links to an article carry it.
  const mode = target?.closest<HTMLElement>('[data-view-choice]')?.dataset.viewChoice
  if (isReadingMode(mode)) store(readingModeKey, mode)
  const articleLink = target?.closest<HTMLAnchorElement>('a[data-article-link]')
  const remembered = stored(readingModeKey)
  if (articleLink && isReadingMode(remembered) && remembered !== 'ru') {
    const url = new URL(articleLink.href)
    if (!url.searchParams.has('view')) url.searchParams.set('view', remembered)
    articleLink.href = url.pathname + url.search + url.hash
  }
}

function withLang(href: string, lang: string): string {
  const url = new URL(href, location.href)
  url.searchParams.set('lang', lang)
  return url.pathname + url.search + url.hash
}

if (!redirect()) {
  root.classList.add('js')
  // The reading mode the address asks for, set before the first paint (styles.css reads it).
  const params = new URLSearchParams(location.search)
  const mode = readingModeOf(params)
  if (mode !== 'ru') root.dataset.view = mode
  // And the speakers it filters by (the sidebar's rules read it until the app ticks the boxes).
  const speakers = params.get('speaker')
  if (speakers) root.dataset.speakers = speakers.toLowerCase().replaceAll(',', ' ')
  watchReadingPlace(document, (place) => (lastPlace = place))
  document.addEventListener('click', handleClick)
  document.addEventListener('auxclick', handleClick)
  // The dev server loads the app itself.
  if (typeof __APP_CODE__ !== 'undefined') startAppAfterFirstPaint(__APP_CODE__, 3000)
}
