import { interfaceLang, t } from '../../i18n/i18n.ts'
import type { Quote, Speaker } from '../../content/schema.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'

/** Who speaks in the article and the numbers of their quotes: on the printed briefing only. */
export function SpeakerIndex({
  speakers,
  quotes,
}: {
  speakers: readonly Speaker[]
  quotes: readonly Quote[]
}) {
  const lang = interfaceLang()
  return (
    <section className="print-only speaker-index" aria-labelledby="speaker-index-heading">
      <h2 id="speaker-index-heading">{t('print.speakerIndex')}</h2>
      <ul>
        {speakers.map((speaker) => {
          const numbers = quotes.flatMap((quote, i) =>
            quote.speakerId === speaker.id ? [i + 1] : [],
          )
          return (
            <li key={speaker.id}>
              <strong>
                <LocalizedText value={speaker.name} lang={lang} />
              </strong>
              , <LocalizedText value={speaker.role} lang={lang} /> —{' '}
              {numbers.length > 0
                ? t('print.quotes', { numbers: numbers.join(', ') })
                : t('print.noQuotes')}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
