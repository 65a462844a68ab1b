import type { ArticleCore, Translations } from '../../content/schema.ts'
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
 * The first sentence of `text`: up to a full stop, question or exclamation mark or
 * ellipsis that is followed by a new sentence, and is not the dot of an initial ("Ф.Толипов",
 * "Ф. Толипов", "F. Tolipov").
 */
export function firstSentence(text: string): string {
  for (const match of text.matchAll(/[.!?…]+(?=\s+(?:[«"“(]|[—–]\s)?[\p{Lu}\d])/gu)) {
    const before = text.slice(0, match.index)
    if (match[0] === '.' && /(?:^|[\s.])\p{Lu}$/u.test(before)) continue
    return text.slice(0, match.index + match[0].length)
  }
  return text
}

export function summarize(core: ArticleCore, translations: Translations | null): ArticleSummary {
  const { article, speakers } = core
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
