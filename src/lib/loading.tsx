import { useInterfaceLanguage } from '../i18n/interface-language.tsx'

export function Loading() {
  const { t } = useInterfaceLanguage()
  return <p className="loading">{t('app.loading')}</p>
}
