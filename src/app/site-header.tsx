import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import type { Lang } from '../lib/language.ts'
import { LanguageChoice } from '../lib/language-choice.tsx'
import { pathOf } from './routes.ts'

export function SiteHeader({
  lang,
  onLanguageChange,
  page,
}: {
  lang: Lang
  onLanguageChange: (lang: Lang) => void
  page: 'home' | 'article' | 'not-found'
}) {
  const { t } = useInterfaceLanguage()

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
          <a className="home-link" href={pathOf({ kind: 'home' }, lang)}>
            {t('library.home')}
          </a>
        )}
        <LanguageChoice
          legend={t('language.label')}
          name="interface-language"
          value={lang}
          onChange={onLanguageChange}
        />
      </header>
    </>
  )
}
