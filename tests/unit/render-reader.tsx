import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Reader } from '../../src/app/reader.tsx'
import { languageOfVisit } from '../../src/app/language-of-visit.ts'
import { articles } from '../../src/content/articles.ts'
import type { ArticleCore, ArticleExtras } from '../../src/content/schema.ts'
import { createI18n } from '../../src/i18n/i18n.ts'
import { InterfaceLanguageProvider } from '../../src/i18n/interface-language.tsx'
import { en } from '../../src/i18n/locales/en.ts'
import { ru } from '../../src/i18n/locales/ru.ts'
import { languageKey } from '../../src/lib/storage.ts'

// The reader starts loading translations and notes as soon as it is idle; tests start
// with them loaded, as a reader who opens a card a moment after the page appears.
const entry = articles[0]!
const seed = { content: await entry.loadCore(), loadExtras: entry.loadExtras }
await entry.loadExtras()

/**
 * The reader as a visitor meets it: at `url`, with the real i18next and the seed article
 * (or `article`).
 */
export function renderReader({
  url = '/',
  lng,
  article = seed,
}: {
  url?: string
  lng?: 'ru' | 'en'
  article?: { content: ArticleCore; loadExtras: () => Promise<ArticleExtras> }
} = {}) {
  window.history.replaceState(null, '', url)
  if (lng) localStorage.setItem('tandem:language', lng)
  const i18n = createI18n(languageOfVisit(window, languageKey), { ru, en })
  const user = userEvent.setup()
  const view = render(
    <InterfaceLanguageProvider i18n={i18n}>
      <Reader content={article.content} loadExtras={article.loadExtras} />
    </InterfaceLanguageProvider>,
  )
  return { user, i18n, ...view }
}
