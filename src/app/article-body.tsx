import { memo } from 'react'
import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import type { ArticleCore } from '../content/schema.ts'
import { Passage } from '../features/article/passage.tsx'
import { isBlockVisible, type Block } from '../features/article/blocks.ts'
import { useIsExpanded, type ExpandedStore } from '../features/article/expanded-store.ts'
import { MarkedText } from '../features/glossary/marked-text.tsx'
import { QuoteCard } from '../features/quotes/quote-card.tsx'
import { localize } from '../lib/language.ts'
import { Translation } from './translation.tsx'

/** Past this many blocks, an article is shown in groups of `blockGroupSize`. */
const longArticleBlocks = 100
const blockGroupSize = 25

/**
 * The article's blocks in order, each as a quote card or a passage. Every block is
 * memoised and its props stay equal unless the block itself changes, so filtering
 * re-renders only the blocks that change, however long the article; opening a card
 * re-renders that card alone, as each reads whether it is open from the store.
 */
export const ArticleBody = memo(function ArticleBody({
  content,
  blocks,
  selectedSpeakers,
  expanded,
  linkedQuoteId,
}: {
  content: ArticleCore
  blocks: readonly Block[]
  selectedSpeakers: readonly string[]
  expanded: ExpandedStore
  linkedQuoteId: string | null
}) {
  // Filtered-out blocks stay mounted but hidden: changing the filter then costs an
  // attribute per block, not a re-render of the text.
  const shown = blocks.map((block) => isBlockVisible(block, selectedSpeakers))
  const views = blocks.map((block, i) => (
    <BlockView
      key={block.id}
      block={block}
      content={content}
      hidden={!shown[i]}
      expanded={expanded}
      linkedQuoteId={linkedQuoteId}
    />
  ))
  if (blocks.length <= longArticleBlocks) return views
  // Blocks skip layout and paint while off screen (styles.css), and a long article's
  // also come in groups that do: the browser tracks and hit-tests each skipped box on
  // every frame, and a thousand of them cost more than they save, forty far less.
  const groups = []
  for (let start = 0; start < blocks.length; start += blockGroupSize) {
    const end = start + blockGroupSize
    groups.push(
      <div
        key={blocks[start]!.id}
        className="block-group"
        hidden={!shown.slice(start, end).includes(true)}
      >
        {views.slice(start, end)}
      </div>,
    )
  }
  return groups
})

const BlockView = memo(function BlockView({
  block,
  content,
  hidden,
  expanded,
  linkedQuoteId,
}: {
  block: Block
  content: ArticleCore
  hidden: boolean
  expanded: ExpandedStore
  linkedQuoteId: string | null
}) {
  const isExpanded = useIsExpanded(expanded, block.id, linkedQuoteId)
  const { lang } = useInterfaceLanguage()
  const { article, speakers } = content
  const handleToggle = () => expanded.set(block.id, !isExpanded)

  if (block.kind === 'quote') {
    const speaker = speakers[block.speakerIndex]
    if (!speaker) return null
    return (
      <QuoteCard
        hidden={hidden}
        quote={block.quote}
        number={block.number}
        speaker={speaker}
        speakerIndex={block.speakerIndex}
        paragraphs={block.paragraphs.map((n) => ({
          number: n,
          ru: article.paragraphs[n - 1] ?? '',
        }))}
        isExpanded={isExpanded}
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
  const reported = block.kind === 'reported' ? block.reported : undefined
  const index = block.kind === 'reported' ? block.speakerIndex : -1
  return (
    <Passage
      hidden={hidden}
      id={block.id}
      russian={
        <MarkedText
          paragraph={block.paragraph}
          text={article.paragraphs[block.paragraph - 1] ?? ''}
          highlight={reported?.cue}
          glossary={content.glossary}
          sics={article.sic}
        />
      }
      translation={article.draft ? null : <Translation numbers={[block.paragraph]} />}
      reportedBy={speakers[index] && localize(speakers[index].name, lang).text}
      speakerIndex={index === -1 ? undefined : index}
      isExpanded={isExpanded}
      onToggle={handleToggle}
    />
  )
})
