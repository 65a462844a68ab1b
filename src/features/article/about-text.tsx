import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import type { Sic } from '../../content/schema.ts'

export function AboutText({ sics, isDraft }: { sics: readonly Sic[]; isDraft: boolean }) {
  const { t } = useInterfaceLanguage()

  return (
    <footer className="about-text">
      <h2>{t('about.heading')}</h2>
      <p>{isDraft ? t('draft.about') : t('about.headline')}</p>
      <p>{t('about.verbatim')}</p>
      {sics.length > 0 && (
        <ul>
          {sics.map((sic) => (
            <li key={`${sic.paragraph}-${sic.text}`}>
              <span lang="ru">«{sic.text}»</span> [sic] — {t('about.sicIntended')}{' '}
              <span lang="ru">«{sic.intended}»</span>
            </li>
          ))}
        </ul>
      )}
      {!isDraft && <p>{t('about.translation')}</p>}
    </footer>
  )
}
