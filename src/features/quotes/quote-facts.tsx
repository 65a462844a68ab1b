import { interfaceLang, t } from '../../i18n/i18n.ts'
import type { Quote, Speaker } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'

export function QuoteFacts({ quote, speaker }: { quote: Quote; speaker: Speaker }) {
  const lang = interfaceLang()
  const otherLang: Lang = lang === 'ru' ? 'en' : 'ru'

  return (
    <>
      <dl className="quote-facts">
        <dt>{t('quote.speaker')}</dt>
        <dd>
          <LocalizedText value={speaker.name} lang={lang} />
          {/* The name in the other language too, when there is one (a draft has Russian only). */}
          {speaker.name.en && speaker.name[otherLang] && (
            <>
              {' '}
              (<span lang={otherLang}>{speaker.name[otherLang]}</span>)
            </>
          )}
          , <LocalizedText value={speaker.role} lang={lang} />
        </dd>
        <dt>{t('quote.introduced')}</dt>
        <dd lang="ru">«{speaker.introducedAs.text}»</dd>
        <dt>{t('quote.attribution')}</dt>
        <dd lang="ru">{quote.attribution}</dd>
      </dl>
      <a className="permalink" href={`#quote-${quote.id}`}>
        {t('quote.link')}
      </a>
    </>
  )
}
