import { Reader } from '../app/reader.tsx'
import { findArticle } from '../content/articles.ts'
import { readEmbeddedData } from '../content/embedded.ts'
import type { ArticleCore } from '../content/schema.ts'

// Each kind of page is a chunk of its own, so a page loads only the code it shows.

export async function articlePage(slug: string) {
  const entry = findArticle(slug)
  if (!entry) throw new Error(`Tandem: no article "${slug}"`)
  // A prerendered page carries its article's core; the dev server's pages load it.
  const content = readEmbeddedData<ArticleCore>(document) ?? (await entry.loadCore())

  // Translations and notes are not needed for the first paint, but are wanted soon after.
  const preloadExtras = () => void entry.loadExtras()
  if ('requestIdleCallback' in window) requestIdleCallback(preloadExtras)
  else setTimeout(preloadExtras, 1000)

  return <Reader content={content} loadExtras={entry.loadExtras} />
}
