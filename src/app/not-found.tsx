import { interfaceLang, t } from '../i18n/i18n.ts'
import { pathOf } from './routes.ts'

export function NotFound() {
  const lang = interfaceLang()

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
