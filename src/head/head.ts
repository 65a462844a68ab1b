// The page's head script, built by Vite and inlined in every prerendered page's <head>
// (build/prerender.tsx). It runs before anything is painted, and does only what can't
// wait for the app's code: send a visit to the page it asks for, and make the page's
// buttons and links that need a script answer from the first tap.
import { languageOfVisit } from '../app/language-of-visit.ts'
import { languageLinkHref, setAllOpen } from '../app/page-actions.ts'
import { firstArticleSlug, oldArticleLink, pathInLanguage, pathOf } from '../app/routes.ts'
import { isLang } from '../lib/language.ts'
import { languageKey, storeLanguage } from '../lib/storage.ts'

const root = document.documentElement

function redirect(): boolean {
  // Links made when the first article was the home page (`/?speaker=…`) still open it.
  if (/^\/(?:index\.html)?$/.test(location.pathname)) {
    const old = oldArticleLink(location, pathOf({ kind: 'article', slug: firstArticleSlug }, 'ru'))
    if (old) {
      location.replace(old)
      return true
    }
  }
  // `?lang=`, the saved choice or the browser asks for the other language: go to its page.
  const lang = languageOfVisit(window, languageKey)
  if (lang === root.lang) return false
  location.replace(pathInLanguage(location.pathname, lang) + location.search + location.hash)
  return true
}

function handleClick(event: MouseEvent) {
  const target = event.target instanceof Element ? event.target : null
  const link = target?.closest<HTMLAnchorElement>('a.choice-option[hreflang]')
  const lang = link?.hreflang
  if (link && isLang(lang)) {
    // Saved, so that later visits land on this language; where it can't be saved, the
    // address says it instead.
    const href = languageLinkHref(document, lang)
    link.href = storeLanguage(lang) || lang === 'en' ? href : withLang(href, lang)
    return
  }
  const expand = target?.closest<HTMLElement>('[data-expand]')
  if (expand) setAllOpen(document, expand.dataset.expand === 'all')
}

function withLang(href: string, lang: string): string {
  const url = new URL(href, location.href)
  url.searchParams.set('lang', lang)
  return url.pathname + url.search + url.hash
}

if (!redirect()) {
  root.classList.add('js')
  document.addEventListener('click', handleClick)
  document.addEventListener('auxclick', handleClick)
}
