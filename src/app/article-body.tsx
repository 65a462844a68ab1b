import { memo, type CSSProperties } from 'react'
import { interfaceLang } from '../i18n/i18n.ts'
import type { ReaderContent } from './page-data.ts'
import { noteNumbers } from '../features/glossary/glossary-notes.tsx'
import { MarkedText } from '../features/glossary/marked-text.tsx'
import { citationText } from '../features/quotes/citation.ts'
import { QuoteCard } from '../features/quotes/quote-card.tsx'
import { localize } from '../lib/language.ts'
import { Passage } from '../features/article/passage.tsx'
import { blockGroups, type Block } from '../features/article/blocks.ts'

/**
 * The article's blocks in order, each a quote card or a passage. Nothing here changes
 * with the view: the speaker filter and the reading mode are CSS, cards open on their
 * own, and notes are apart (glossary-notes.tsx). So it renders once.
 */
export const ArticleBody = memo(function ArticleBody({
  content,
  blocks,
}: {
  content: ReaderContent
  blocks: readonly Block[]
}) {
  const { article, speakers, translations, noteIds } = content
  const lang = interfaceLang()
  const glossary = content.glossary.filter((entry) => noteIds.includes(entry.id))
  const noteNumber = noteNumbers(content.glossary, noteIds)
  // The same terms in the English, by their English forms, open the same notes.
  const glossaryEn = glossary.map((entry) => ({ ...entry, forms: entry.formsEn ?? [] }))
  const russian = (n: number, highlight?: string) => (
    <MarkedText
      text={article.paragraphs[n - 1] ?? ''}
      highlight={highlight}
      glossary={glossary}
      sics={article.sic.filter((sic) => sic.paragraph === n)}
      noteNumber={noteNumber}
    />
  )
  const markedEnglish = (n: number) => {
    const text = translations?.paragraphs[n - 1]
    return text === undefined ? null : (
      <MarkedText text={text} glossary={glossaryEn} sics={[]} noteNumber={noteNumber} />
    )
  }

  const views = blocks.map((block) => {
    if (block.kind === 'quote') {
      const speaker = speakers[block.speakerIndex]
      if (!speaker) return null
      const last = block.paragraphs.at(-1)
      return (
        <QuoteCard
          key={block.id}
          quote={block.quote}
          number={block.number}
          speaker={speaker}
          speakerIndex={block.speakerIndex}
          paragraphs={block.paragraphs.map((n) => ({
            number: n,
            ru: russian(n, n === last ? block.quote.attribution : undefined),
            en: markedEnglish(n),
          }))}
          citation={() =>
            citationText({
              article,
              quote: block.quote,
              speaker,
              russian: block.paragraphs.map((n) => article.paragraphs[n - 1] ?? ''),
              english: translations
                ? block.paragraphs.map((n) => translations.paragraphs[n - 1] ?? '')
                : null,
              lang,
              pageUrl: window.location.href,
            })
          }
        />
      )
    }
    const reported = block.kind === 'reported' ? block : null
    const speaker = reported && speakers[reported.speakerIndex]
    return (
      <Passage
        key={block.id}
        paragraph={block.paragraph}
        russian={russian(block.paragraph, reported?.reported.cue)}
        translation={markedEnglish(block.paragraph)}
        reportedBy={speaker ? localize(speaker.name, lang).text : undefined}
        speakerIndex={reported?.speakerIndex}
      />
    )
  })
  // A long article comes in groups that skip off-screen work as a whole (blocks.ts).
  const groups = blockGroups(views.length)
  if (!groups) return views
  return groups.map(([start, end]) => (
    <div
      key={blocks[start]?.id}
      className="block-group"
      style={{ '--blocks': end - start } as CSSProperties}
    >
      {views.slice(start, end)}
    </div>
  ))
})
