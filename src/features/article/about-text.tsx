import { t } from '../../i18n/i18n.ts'
import type { Sic } from '../../content/schema.ts'

export function AboutText({ sics, isDraft }: { sics: readonly Sic[]; isDraft: boolean }) {
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
