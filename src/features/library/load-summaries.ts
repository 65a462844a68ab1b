import { articles } from '../../content/articles.ts'
import { byNewest, summarize, type ArticleSummary } from './summaries.ts'

/** Every article's summary, newest first: what the library page shows. */
export async function loadSummaries(): Promise<ArticleSummary[]> {
  const summaries = await Promise.all(
    articles.map(async (entry) =>
      summarize(await entry.loadCore(), (await entry.loadExtras()).translations),
    ),
  )
  return summaries.sort(byNewest)
}
