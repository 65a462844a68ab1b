import type { ArticleContent } from '../../src/content/schema.ts'

/**
 * A synthetic article `times` the seed: its paragraphs repeated, quotes spread over 40
 * speakers, and about 500 glossary terms drawn from its words. It passes the same content
 * checks as real articles; only the size differs.
 */
export function scaleArticle(seed: ArticleContent, times = 50, speakerCount = 40, termCount = 500) {
  const count = seed.article.paragraphs.length
  const paragraphs = Array.from({ length: times }, () => seed.article.paragraphs).flat()
  const speakers = Array.from({ length: speakerCount }, (_, i) => ({
    id: `speaker-${i + 1}`,
    name: { ru: `Спикер ${i + 1}`, en: `Speaker ${i + 1}` },
    role: { ru: 'политолог', en: 'political scientist' },
    introducedAs: seed.speakers[0]!.introducedAs,
  }))
  const speakerFor = (n: number) => speakers[n % speakerCount]!.id
  const quotes = Array.from({ length: times }, (_, copy) =>
    seed.quotes.map((quote, i) => ({
      ...quote,
      id: `q${copy * seed.quotes.length + i + 1}`,
      speakerId: speakerFor(copy * seed.quotes.length + i),
      from: quote.from + copy * count,
      to: quote.to + copy * count,
    })),
  ).flat()
  const reported = Array.from({ length: times }, (_, copy) =>
    seed.reported.map((item, i) => ({
      ...item,
      id: `r${copy * seed.reported.length + i + 1}`,
      speakerId: speakerFor(copy * seed.reported.length + i + 3),
      paragraph: item.paragraph + copy * count,
    })),
  ).flat()
  const words = [
    ...new Set(seed.article.paragraphs.join(' ').match(/\p{Script=Cyrillic}{6,}/gu) ?? []),
  ]
  const englishWords = [
    ...new Set(seed.translations?.paragraphs.join(' ').match(/\p{Script=Latin}{6,}/gu) ?? []),
  ]
  const glossary = Array.from({ length: termCount }, (_, i) => ({
    id: `term-${i + 1}`,
    kind: 'concept' as const,
    forms: [words[i % words.length]!],
    formsEn: [englishWords[i % englishWords.length]!],
  }))
  const notes = Object.fromEntries(
    glossary.map((entry) => [
      entry.id,
      {
        term: { ru: entry.forms[0]!, en: entry.forms[0]! },
        note: {
          ru: `Пояснение к слову «${entry.forms[0]}».`,
          en: `A note on «${entry.forms[0]}».`,
        },
      },
    ]),
  )
  const slug = `${seed.article.date}-scale-${times}x`
  const content: ArticleContent = {
    article: { ...seed.article, slug, paragraphs },
    speakers,
    quotes,
    reported,
    glossary,
    notes,
    translations: {
      language: 'en',
      paragraphs: Array.from({ length: times }, () => seed.translations?.paragraphs ?? []).flat(),
    },
  }
  return { slug, content }
}
