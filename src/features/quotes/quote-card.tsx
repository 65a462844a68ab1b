import type { ReactNode } from 'react'
import { interfaceLang, t } from '../../i18n/i18n.ts'
import type { Quote, Speaker } from '../../content/schema.ts'
import { localize } from '../../lib/language.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'
import { CopyCitation } from './copy-citation.tsx'
import { QuoteFacts } from './quote-facts.tsx'

export interface QuoteParagraph {
  number: number
  ru: ReactNode
  /** The English, its glossary terms marked; null while the article is a draft. */
  en: ReactNode | null
}

/** A direct quote in the article's flow: Russian in full, its translation and details a tap away. */
export function QuoteCard({
  quote,
  number,
  speaker,
  speakerIndex,
  paragraphs,
  citation,
}: {
  quote: Quote
  number: number
  speaker: Speaker
  speakerIndex: number
  paragraphs: QuoteParagraph[]
  /** The quote as plain text to cite. */
  citation: () => string
}) {
  const lang = interfaceLang()
  const context = t('quote.toggleContext', { number, name: localize(speaker.name, lang).text })
  const isTranslated = paragraphs.every((paragraph) => paragraph.en !== null)

  return (
    <figure id={`quote-${quote.id}`} className="quote-card speech" data-speaker={speakerIndex}>
      <blockquote lang="ru" className="block-ru">
        {paragraphs.map((paragraph) => (
          <p key={paragraph.number} id={`p${paragraph.number}`}>
            {paragraph.ru}
          </p>
        ))}
      </blockquote>
      <figcaption className="quote-caption">
        <span className="print-only quote-number">{t('print.quote', { number })} · </span>
        <span className="quote-speaker-name">
          <LocalizedText value={speaker.name} lang={lang} />
        </span>
        , <LocalizedText value={speaker.role} lang={lang} />
      </figcaption>
      <details className="quote-details">
        <summary className="disclosure">
          {/* Side by side and in English the translation is on show: only details are left. */}
          <span className="in-mode-ru">{t('quote.toggle')}</span>
          <span className="in-other-modes">{t('quote.toggleDetails')}</span>
          <span className="visually-hidden"> ({context})</span>
        </summary>
        <h3 className="details-heading in-mode-ru">{t('quote.translation')}</h3>
        {/* Side by side and in English the translation is on show whether the card is
            open or not, and the rest is the card's details (styles.css). */}
        {isTranslated ? (
          <div className="translation block-en">
            {paragraphs.map((paragraph) => (
              <p key={paragraph.number} lang="en">
                {paragraph.en}
              </p>
            ))}
          </div>
        ) : (
          <p className="translation-missing">{t('draft.noTranslation')}</p>
        )}
        <div className="quote-more">
          <QuoteFacts quote={quote} speaker={speaker} />
          <CopyCitation context={context} text={citation} />
        </div>
      </details>
    </figure>
  )
}
