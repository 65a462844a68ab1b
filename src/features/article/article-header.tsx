import { useTranslation } from 'react-i18next'
import type { ArticleMeta } from '../../content/schema.ts'
import { formatArticleDate, type Lang } from '../../lib/language.ts'

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang

  return (
    <header className="article-header">
      {/* React hoists this into <head>, so the tab follows the interface language. */}
      <title>{`${article.headline[lang]} — Tandem`}</title>
      <h1 lang={lang}>{article.headline[lang]}</h1>
      <p className="article-meta">
        <span>
          {t('article.published')}:{' '}
          <time dateTime={article.date}>{formatArticleDate(article.date, lang)}</time>
        </span>
        <span className="editorial-label">{t('article.editorialHeadline')}</span>
      </p>
    </header>
  )
}
