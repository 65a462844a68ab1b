import { pageInLanguage } from './routes.ts'
import type { Lang } from '../lib/language.ts'

// What the page's own controls do without the app: the head script (src/head/head.ts)
// wires them up before the first paint, so they answer from the first tap.

/** Opens or closes every card and translation the filter shows. */
export function setAllOpen(root: ParentNode, isOpen: boolean): void {
  for (const details of root.querySelectorAll<HTMLDetailsElement>('article details'))
    if (details.checkVisibility()) details.open = isOpen
}

/** The id of the first paragraph still on screen, or null at the top of the page. */
export function readingPlace(doc: Document): string | null {
  if ((doc.defaultView?.scrollY ?? 0) < 16) return null
  for (const paragraph of doc.querySelectorAll('article p[id]'))
    if (paragraph.getBoundingClientRect().bottom > 0 && paragraph.checkVisibility())
      return paragraph.id
  return null
}

/**
 * The href a language link should follow from this page: the same view, and the place
 * the reader was at. That is where they are now, unless they are at the top of the page
 * (as they must be to reach the header's links): then where they last stopped below it.
 */
export function languageLinkHref(doc: Document, lang: Lang, lastPlace: string | null): string {
  return pageInLanguage(doc.location, lang, readingPlace(doc) ?? lastPlace)
}

/** Calls `onPlace` with the reader's place each time they stop scrolling somewhere below the top. */
export function watchReadingPlace(doc: Document, onPlace: (place: string) => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined
  doc.addEventListener(
    'scroll',
    () => {
      clearTimeout(timer)
      timer = setTimeout(() => {
        const place = readingPlace(doc)
        if (place) onPlace(place)
      }, 500)
    },
    { passive: true },
  )
}
