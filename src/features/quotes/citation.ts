import type { ArticleMeta, Quote, Speaker } from '../../content/schema.ts'
import { formatArticleDate, localize, type Lang } from '../../lib/language.ts'

/**
 * A quote as plain text to paste into a report: the Russian as published, its English,
 * who said it (name and role in `lang`), the outlet and date, and the link to the quote.
 */
export function citationText({
  article,
  quote,
  speaker,
  russian,
  english,
  lang,
  pageUrl,
}: {
  article: ArticleMeta
  quote: Quote
  speaker: Speaker
  /** The quote's paragraphs, as published. */
  russian: readonly string[]
  /** Their translation; null in a draft. */
  english: readonly string[] | null
  lang: Lang
  /** The page's absolute address; its hash becomes the quote's (the view in its query stays). */
  pageUrl: string
}): string {
  const link = new URL(pageUrl)
  link.hash = `quote-${quote.id}`
  const source = article.source ? `${localize(article.source.outlet, lang).text}, ` : ''
  const who = `${localize(speaker.name, lang).text}, ${localize(speaker.role, lang).text}`
  return [
    ...russian,
    ...(english ?? []),
    // "14 ноября 2025 г." ends with its own full stop.
    `— ${who}. ${source}${formatArticleDate(article.date, lang).replace(/\.$/, '')}.`,
    link.href,
  ].join('\n')
}
