import { useTranslation } from 'react-i18next'
import { useExtras } from '../content/extras-context.ts'

/** The English translation of paragraphs `numbers` (1-based), loaded on first use. */
export function Translation({ numbers }: { numbers: number[] }) {
  const { translations } = useExtras()
  const { t } = useTranslation()
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
