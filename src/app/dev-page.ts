import { articles } from '../content/articles.ts'
import { byNewest, summarize } from '../features/library/summaries.ts'
import type { PageData } from './page-data.ts'
import { routeOf } from './routes.ts'

/** The dev server's page for `pathname`, from the content folders themselves. */
export function devPage(pathname: string): PageData {
  const route = routeOf(
    pathname,
    articles.map((content) => content.article.slug),
  )
  if (route.kind === 'home')
    return { kind: 'home', summaries: articles.map(summarize).sort(byNewest) }
  const content = route.kind === 'article' && articles.find((a) => a.article.slug === route.slug)
  return content ? { kind: 'article', content } : { kind: 'not-found' }
}
