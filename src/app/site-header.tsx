import { useTranslation } from 'react-i18next'
import type { Lang } from '../lib/language.ts'
import { LanguageChoice } from '../lib/language-choice.tsx'

export function SiteHeader({
  lang,
  onLanguageChange,
}: {
  lang: Lang
  onLanguageChange: (lang: Lang) => void
}) {
  const { t } = useTranslation()

  return (
    <>
      <a className="skip-link" href="#article">
        {t('app.skipToArticle')}
      </a>
      <header className="site-header">
        <p className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </p>
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
