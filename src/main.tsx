import { StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { languageOfVisit } from './app/language-of-visit.ts'
import { Reader } from './app/reader.tsx'
import { articles } from './content/articles.ts'
import { readEmbeddedContent } from './content/embedded.ts'
import { createI18n, loadLocale, switchLanguage, syncDocumentLanguage } from './i18n/i18n.ts'
import { isLang } from './lib/language.ts'
import { languageKey } from './lib/storage.ts'
import './app/styles.css'

const container = document.getElementById('root')
const article = articles[0]
if (!container || !article) throw new Error('Tandem: no #root element or no article content')
const content = readEmbeddedContent(document) ?? (await article.loadCore())

// A prerendered page hydrates in the language it was rendered in. The inline script in
// its <head> has already sent a visit that wants the other language to the other page.
const isPrerendered = container.hasChildNodes()
const pageLang = document.documentElement.lang
const wanted = languageOfVisit(window, languageKey)
const lang = isPrerendered && isLang(pageLang) ? pageLang : wanted
const i18n = createI18n(lang, { [lang]: await loadLocale(lang) })
syncDocumentLanguage(i18n, document)

const app = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Reader content={content} loadExtras={article.loadExtras} />
    </I18nextProvider>
  </StrictMode>
)
if (isPrerendered) {
  // Let the prerendered page paint before hydration takes the main thread.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))
  hydrateRoot(container, app)
} else createRoot(container).render(app)
if (wanted !== lang) void switchLanguage(i18n, wanted)

// Translations and notes are not needed for the first paint, but are wanted soon after.
const preloadExtras = () => void article.loadExtras()
if ('requestIdleCallback' in window) requestIdleCallback(preloadExtras)
else setTimeout(preloadExtras, 1000)
