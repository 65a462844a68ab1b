import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Reader } from '../../src/app/reader.tsx'
import { articles } from '../../src/content/articles.ts'
import type { ArticleContent } from '../../src/content/schema.ts'
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
  const view = render(<Reader content={article} />)
  return { user, ...view }
}
