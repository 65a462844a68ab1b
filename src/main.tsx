import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { readFormChoices } from './app/form-choices.ts'
import { navigate } from './app/location.ts'
import { Page } from './app/page.tsx'
import type { PageData } from './app/page-data.ts'
import { readEmbeddedData } from './content/embedded.ts'
import { setInterfaceLang } from './i18n/i18n.ts'
import { isLang } from './lib/language.ts'
import './app/styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('Tandem: no #root element')

// The code starts once the first frame is painted (src/head/start-app.ts). On a slow line,
// or a long article, that can be before the end of the page has arrived, and the page's
// data is there: without it the app took the article for a missing page.
if (document.readyState === 'loading')
  await new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', resolve, { once: true }),
  )

// A built page carries what it was rendered from; the dev server's pages are empty and
// find it from the address (that code is left out of the build).
const lang = document.documentElement.lang
setInterfaceLang(isLang(lang) ? lang : 'ru')
const embedded = readEmbeddedData<PageData>(document)
const data: PageData =
  embedded ??
  (import.meta.env.DEV
    ? (await import('./app/dev-page.tsx')).devPage(window.location.pathname)
    : { kind: 'not-found' })

// A speaker or notes language chosen before the code arrived is in the form, not yet in
// the address: the address takes it before the app reads it, as the app would have taken
// it (the notes language in place; a filter as a new entry, which Back undoes).
if (data.kind === 'article') {
  const { inPlace, newEntry } = readFormChoices(container, window.location.search)
  if (inPlace !== window.location.search) navigate(inPlace, { replace: true })
  if (newEntry !== null && newEntry !== inPlace) navigate(newEntry)
}

const app = (
  <StrictMode>
    <Page data={data} />
  </StrictMode>
)
if (embedded) hydrateRoot(container, app)
else createRoot(container).render(app)
