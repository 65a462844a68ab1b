import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { Reader } from './app/reader.tsx'
import { detectLanguage } from './app/start.ts'
import { articles } from './content/articles.ts'
import { createI18n, loadLocale, syncDocumentLanguage } from './i18n/i18n.ts'
import './app/styles.css'

const container = document.getElementById('root')
const article = articles[0]
if (!container || !article) throw new Error('Tandem: no #root element or no article content')

const lang = detectLanguage(window)
const i18n = createI18n(lang, { [lang]: await loadLocale(lang) })
syncDocumentLanguage(i18n, document)

// Translations and notes are not needed for the first paint, but are wanted soon after.
const preloadExtras = () => void article.loadExtras()
if ('requestIdleCallback' in window) requestIdleCallback(preloadExtras)
else setTimeout(preloadExtras, 1000)

createRoot(container).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <Reader entry={article} />
    </I18nextProvider>
  </StrictMode>,
)
