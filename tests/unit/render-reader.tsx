import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readerContent } from '../../src/app/page-data.ts'
import { Reader } from '../../src/app/reader.tsx'
import { articles } from '../../src/content/articles.ts'
import type { ArticleContent } from '../../src/content/schema.ts'
import { GlossaryNotes } from '../../src/features/glossary/glossary-notes.tsx'
import { setInterfaceLang } from '../../src/i18n/i18n.ts'

/**
 * The reader as a visitor meets it: the page of the seed article (or `article`) in the
 * interface language `lng`, opened at `url`, with the real i18next.
 */
export function renderReader({
  url = '/',
  lng = 'ru',
  article = articles[0]!,
}: {
  url?: string
  lng?: 'ru' | 'en'
  article?: ArticleContent
} = {}) {
  window.history.replaceState(null, '', url)
  setInterfaceLang(lng)
  document.documentElement.lang = lng
  const user = userEvent.setup()
  // The notes are static markup beside the app on a built page: here, beside it too.
  const view = render(
    <>
      <Reader content={readerContent(article)} />
      <GlossaryNotes glossary={article.glossary} notes={article.notes} lang={lng} />
    </>,
  )
  return { user, ...view }
}
