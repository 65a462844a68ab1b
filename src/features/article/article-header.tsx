import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { ArticleMeta } from '../../content/schema.ts'
import { formatArticleDate, type Lang } from '../../lib/language.ts'

export function ArticleHeader({ article }: { article: ArticleMeta }) {
  const { t, i18n } = useTranslation()
  const lang = i18n.language as Lang
  const title = `${article.headline[lang]} — Tandem`

  // The prerendered page carries the title in <head>; a language switch retitles the tab.
  useEffect(() => {
    document.title = title
  }, [title])

  return (
    <header className="article-header">
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
