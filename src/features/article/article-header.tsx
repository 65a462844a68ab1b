import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import type { ArticleMeta } from '../../content/schema.ts'
import { formatArticleDate, localize } from '../../lib/language.ts'
import { useDocumentTitle } from '../../lib/use-document-title.ts'

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const { t, lang } = useInterfaceLanguage()
  const headline = localize(article.headline, lang)
  useDocumentTitle(`${headline.text} — Tandem`)

  return (
    <header className="article-header">
      <h1 lang={headline.lang}>{headline.text}</h1>
      <p className="article-meta">
        <span>
          {t('article.published')}:{' '}
          <time dateTime={article.date}>{formatArticleDate(article.date, lang)}</time>
        </span>
        {article.draft ? (
          <span className="draft-label">{t('draft.label')}</span>
        ) : (
          <span>{t('article.editorialHeadline')}</span>
        )}
      </p>
    </header>
  )
}
