import type { ArticleContent } from '../content/schema.ts'
import type { ArticleSummary } from '../features/library/summaries.ts'

/**
 * What a page is rendered from. A prerendered page carries it as JSON beside its markup
 * (embedded.ts), so hydration renders exactly what the build did, with no second copy of
 * the text in the JavaScript.
 */
export type PageData =
  | { kind: 'article'; content: ArticleContent }
  | { kind: 'home'; summaries: ArticleSummary[] }
  | { kind: 'not-found' }
