import { articleHref } from '../app/routes.ts'
import { SimplePage } from '../app/simple-page.tsx'
import { readEmbeddedData } from '../content/embedded.ts'
import { Library } from '../features/library/library.tsx'
import type { ArticleSummary } from '../features/library/summaries.ts'

export async function homePage() {
  // A prerendered library carries its summaries (the build made them); the dev server's
  // page reads every article. The build leaves that code out of the bundle.
  let summaries = readEmbeddedData<ArticleSummary[]>(document) ?? []
  if (import.meta.env.DEV && summaries.length === 0)
    summaries = await (await import('../features/library/load-summaries.ts')).loadSummaries()
  return (
    <SimplePage kind="home">
      <Library summaries={summaries} articleHref={articleHref} />
    </SimplePage>
  )
}
