import { useTranslation } from 'react-i18next'
import type { Lang } from '../lib/language.ts'
import { useDocumentTitle } from '../lib/use-document-title.ts'
import { pathOf } from './routes.ts'

export function NotFound() {
  const { t, i18n } = useTranslation()
  useDocumentTitle(`${t('notFound.title')} — Tandem`)

  return (
    <main id="main" tabIndex={-1} className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <a href={pathOf({ kind: 'home' }, i18n.language as Lang)}>{t('notFound.home')}</a>
      </p>
    </main>
  )
}
