import { Suspense, type ReactNode } from 'react'
import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import type { Quote, Speaker } from '../../content/schema.ts'
import { DisclosureButton } from '../../lib/disclosure-button.tsx'
import { localize } from '../../lib/language.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'
import { Loading } from '../../lib/loading.tsx'
import { QuoteFacts } from './quote-facts.tsx'

export interface QuoteParagraph {
  number: number
  ru: string
}

/** A direct quote in the article's flow: Russian in full, the rest on demand. */
export function QuoteCard({
  hidden,
  quote,
  number,
  speaker,
  speakerIndex,
  paragraphs,
  isExpanded,
  onToggle,
  renderText,
  translation,
}: {
  hidden: boolean
  quote: Quote
  number: number
  speaker: Speaker
  speakerIndex: number
  paragraphs: QuoteParagraph[]
  isExpanded: boolean
  onToggle: () => void
  renderText: (paragraph: number, text: string, highlight?: string) => ReactNode
  translation: ReactNode
}) {
  const { t, lang } = useInterfaceLanguage()
  const detailsId = `quote-${quote.id}-details`
  const last = paragraphs.at(-1)?.number

  return (
    <figure
      id={`quote-${quote.id}`}
      className="quote-card"
      data-speaker={speakerIndex}
      hidden={hidden}
    >
      <blockquote lang="ru">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.number}>
            {renderText(
              paragraph.number,
              paragraph.ru,
              paragraph.number === last ? quote.attribution : undefined,
            )}
          </p>
        ))}
      </blockquote>
      <figcaption className="quote-caption">
        <span className="quote-speaker">
          <span className="quote-speaker-name">
            <LocalizedText value={speaker.name} lang={lang} />
          </span>
          , <LocalizedText value={speaker.role} lang={lang} />
        </span>
        <DisclosureButton controls={detailsId} isExpanded={isExpanded} onToggle={onToggle}>
          {t('quote.toggle')}
          <span className="visually-hidden">
            {' '}
            ({t('quote.toggleContext', { number, name: localize(speaker.name, lang).text })})
          </span>
        </DisclosureButton>
      </figcaption>
      {/* Filled only when open: the translation loads with the first card opened. */}
      <div id={detailsId} className="quote-details" hidden={!isExpanded}>
        {isExpanded && (
          <>
            <h3 className="details-heading">{t('quote.translation')}</h3>
            <Suspense fallback={<Loading />}>{translation}</Suspense>
            <QuoteFacts quote={quote} speaker={speaker} />
          </>
        )}
      </div>
    </figure>
  )
}
