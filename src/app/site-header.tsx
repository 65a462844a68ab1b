import { interfaceLang, t } from '../i18n/i18n.ts'
import { LanguageLinks } from './language-links.tsx'
import { pathOf } from './routes.ts'

/** The site's header; `path` is this page's address in either language (`/a/<slug>/`). */
export function SiteHeader({
  path,
  page,
}: {
  path: string
  page: 'home' | 'article' | 'not-found'
}) {
  return (
    <>
      <a className="skip-link" href="#main">
        {page === 'article' ? t('app.skipToArticle') : t('app.skipToContent')}
      </a>
      <header className="site-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
        {/* Every page but the library itself links back to it. */}
        {page !== 'home' && (
          <a className="home-link" href={pathOf({ kind: 'home' }, interfaceLang())}>
            {t('library.home')}
          </a>
        )}
        <LanguageLinks path={path} />
      </header>
    </>
  )
}
