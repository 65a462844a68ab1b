import { interfaceLang, t } from '../../i18n/i18n.ts'
import { formatArticleDate, localize, type Lang } from '../../lib/language.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'
import type { ArticleSummary } from './summaries.ts'

/** The home page: every article, newest first, with its lead and who speaks in it. */
export function Library({
  summaries,
  articleHref,
}: {
  summaries: readonly ArticleSummary[]
  /** The address of an article's page in an interface language (routing is the app's). */
  articleHref: (slug: string, lang: Lang) => string
}) {
  const lang = interfaceLang()

  return (
    <main id="main" tabIndex={-1} className="library">
      <h1>{t('library.title')}</h1>
      <p className="library-intro">{t('library.intro')}</p>
      <ul className="article-list">
        {summaries.map((summary) => {
          const headline = localize(summary.headline, lang)
          const lead = localize(summary.lead, lang)
          return (
            <li key={summary.slug} className="article-item">
              <h2 lang={headline.lang}>
                {/* The head script adds the reading mode last chosen (src/head/head.ts); a
                    draft has only the Russian one. */}
                <a
                  href={articleHref(summary.slug, lang)}
                  data-article-link={!summary.draft || undefined}
                >
                  {headline.text}
                </a>
              </h2>
              <p className="article-meta">
                <time dateTime={summary.date}>{formatArticleDate(summary.date, lang)}</time>
                {summary.draft && <span className="draft-label">{t('library.untranslated')}</span>}
              </p>
              {/* A draft's headline may be its lead's first sentence: no need to say it twice. */}
              {!lead.text.startsWith(headline.text) && (
                <p className="article-lead" lang={lead.lang}>
                  {lead.text}
                </p>
              )}
              <p className="article-speakers">
                {t('library.speakers')}:{' '}
                {summary.speakers.length === 0
                  ? t('library.noSpeakers')
                  : summary.speakers.map((name, index) => (
                      <span key={name.ru}>
                        {index > 0 && ', '}
                        <LocalizedText value={name} lang={lang} />
                      </span>
                    ))}
              </p>
            </li>
          )
        })}
      </ul>
    </main>
  )
}
