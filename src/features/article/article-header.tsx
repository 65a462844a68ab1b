import { interfaceLang, t } from '../../i18n/i18n.ts'
import type { ArticleMeta } from '../../content/schema.ts'
import { formatArticleDate, localize } from '../../lib/language.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const lang = interfaceLang()
  const headline = localize(article.headline, lang)
  const { source } = article

  return (
    <header className="article-header">
      <h1 lang={headline.lang}>{headline.text}</h1>
      <p className="article-meta">
        <span>
          {t('article.published')}:{' '}
          <time dateTime={article.date}>{formatArticleDate(article.date, lang)}</time>
        </span>
        {source && (
          <span>
            {t('article.source')}:{' '}
            <a href={source.url} hrefLang={source.language} rel="external noreferrer">
              <LocalizedText value={source.outlet} lang={lang} />
            </a>
          </span>
        )}
        {article.draft ? (
          <span className="draft-label">{t('draft.label')}</span>
        ) : (
          <span>{t('article.editorialHeadline')}</span>
        )}
      </p>
    </header>
  )
}
