import { createRoot } from 'react-dom/client'
import { articles } from '../content/articles.ts'
import { GlossaryNotes } from '../features/glossary/glossary-notes.tsx'
import { byNewest, summarize } from '../features/library/summaries.ts'
import { interfaceLang } from '../i18n/i18n.ts'
import { readerContent, type PageData } from './page-data.ts'
import { routeOf } from './routes.ts'

/**
 * The dev server's page for `pathname`, from the content folders themselves; an article's
 * notes go beside the app, where a built page carries them (build/prerender.tsx).
 */
export function devPage(pathname: string): PageData {
  const route = routeOf(
    pathname,
    articles.map((content) => content.article.slug),
  )
  if (route.kind === 'home')
    return { kind: 'home', summaries: articles.map(summarize).sort(byNewest) }
  const content = route.kind === 'article' && articles.find((a) => a.article.slug === route.slug)
  if (!content) return { kind: 'not-found' }
  const notes = document.body.appendChild(document.createElement('div'))
  createRoot(notes).render(
    <GlossaryNotes glossary={content.glossary} notes={content.notes} lang={interfaceLang()} />,
  )
  return { kind: 'article', content: readerContent(content) }
}
