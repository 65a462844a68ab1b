import { useInterfaceLanguage } from '../i18n/interface-language.tsx'
import { useExtras } from '../content/extras-context.ts'

/** The English translation of paragraphs `numbers` (1-based), loaded on first use. */
export function Translation({ numbers }: { numbers: number[] }) {
  const { translations } = useExtras()
  const { t } = useInterfaceLanguage()
  if (!translations) return <p className="translation-missing">{t('draft.noTranslation')}</p>
  return (
    <div className="translation">
      {numbers.map((n) => (
        <p key={n} lang="en">
          {translations.paragraphs[n - 1]}
        </p>
      ))}
    </div>
  )
}
