import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import { useDocumentTitle } from '../lib/use-document-title.ts'
import { pathOf } from './routes.ts'

export function NotFound() {
  const { t, lang } = useInterfaceLanguage()
  useDocumentTitle(`${t('notFound.title')} — Tandem`)

  return (
    <main id="main" tabIndex={-1} className="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <a href={pathOf({ kind: 'home' }, lang)}>{t('notFound.home')}</a>
      </p>
    </main>
  )
}
