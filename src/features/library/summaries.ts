import type { ArticleContent } from '../../content/schema.ts'
import { sentences } from '../../importer/text.ts'
import type { Localized } from '../../lib/language.ts'

/** What the library shows of an article. */
export interface ArticleSummary {
  slug: string
  date: string
  draft: boolean
  headline: Localized
  /** The first sentence of the first paragraph, and of its translation. */
  lead: Localized
  speakers: Localized[]
}

/**
 * The first sentence of `text`, split as the importer splits sentences (importer/text.ts):
 * not at an initial's dot ("Ф.Толипов", "Ф. Толипов") nor inside «…».
 */
export function firstSentence(text: string): string {
  const first = sentences(text)[0]
  return first ? text.slice(first.start, first.end) : text
}

export function summarize({ article, speakers, translations }: ArticleContent): ArticleSummary {
  const leadEn = translations?.paragraphs[0]
  return {
    slug: article.slug,
    date: article.date,
    draft: article.draft === true,
    headline: article.headline,
    lead: {
      ru: firstSentence(article.paragraphs[0] ?? ''),
      ...(leadEn ? { en: firstSentence(leadEn) } : {}),
    },
    speakers: speakers.map((speaker) => speaker.name),
  }
}

/** Newest first; articles of one day by slug, so the order never depends on the disk. */
export function byNewest(a: ArticleSummary, b: ArticleSummary): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug)
}
