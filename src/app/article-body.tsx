import type { ArticleCore } from '../content/schema.ts'
import { Passage } from '../features/article/passage.tsx'
import type { Block } from '../features/article/blocks.ts'
import { MarkedText } from '../features/glossary/marked-text.tsx'
import { QuoteCard } from '../features/quotes/quote-card.tsx'
import { useTranslation } from 'react-i18next'
import { Translation } from './translation.tsx'
import { localize, type Lang } from '../lib/language.ts'

/** The article's blocks in order, each as a quote card or a passage. */
export function ArticleBody({
  content,
  blocks,
  isVisible,
  isExpanded,
  onToggle,
}: {
  content: ArticleCore
  blocks: Block[]
  isVisible: (block: Block) => boolean
  isExpanded: (blockId: string) => boolean
  onToggle: (blockId: string, isOpen: boolean) => void
}) {
  const { i18n } = useTranslation()
  const lang = i18n.language as Lang
  const { article, speakers, quotes } = content
  const paragraph = (n: number) => ({ number: n, ru: article.paragraphs[n - 1] ?? '' })
  const speakerOf = (id: string) => speakers.findIndex((speaker) => speaker.id === id)

  // Filtered-out blocks stay mounted but hidden: changing the filter then costs an
  // attribute per block, not a re-render of the text.
  return blocks.map((block) => {
    const hidden = !isVisible(block)
    const isOpen = isExpanded(block.id)
    const handleToggle = () => onToggle(block.id, isOpen)
    if (block.kind === 'quote') {
      const index = speakerOf(block.quote.speakerId)
      const speaker = speakers[index]
      if (!speaker) return null
      return (
        <QuoteCard
          key={block.id}
          hidden={hidden}
          quote={block.quote}
          number={quotes.indexOf(block.quote) + 1}
          speaker={speaker}
          speakerIndex={index}
          paragraphs={block.paragraphs.map(paragraph)}
          isExpanded={isOpen}
          onToggle={handleToggle}
          translation={<Translation numbers={block.paragraphs} />}
          renderText={(n, text, highlight) => (
            <MarkedText
              paragraph={n}
              text={text}
              highlight={highlight}
              glossary={content.glossary}
              sics={article.sic}
            />
          )}
        />
      )
    }
    const { ru } = paragraph(block.paragraph)
    const reported = block.kind === 'reported' ? block.reported : undefined
    const index = reported ? speakerOf(reported.speakerId) : -1
    return (
      <Passage
        key={block.id}
        hidden={hidden}
        id={block.id}
        russian={
          <MarkedText
            paragraph={block.paragraph}
            text={ru}
            highlight={reported?.cue}
            glossary={content.glossary}
            sics={article.sic}
          />
        }
        translation={article.draft ? null : <Translation numbers={[block.paragraph]} />}
        reportedBy={speakers[index] && localize(speakers[index].name, lang).text}
        speakerIndex={index === -1 ? undefined : index}
        isExpanded={isOpen}
        onToggle={handleToggle}
      />
    )
  })
}
