import type { ReactNode } from 'react'
import { t } from '../../i18n/i18n.ts'

/**
 * A paragraph of narration or reported speech, with its English translation a tap away
 * (a draft has none yet: `translation` null).
 */
export function Passage({
  paragraph,
  russian,
  translation,
  reportedBy,
  speakerIndex,
}: {
  paragraph: number
  russian: ReactNode
  /** The English, its glossary terms marked; null in a draft. */
  translation: ReactNode | null
  reportedBy?: string
  speakerIndex?: number
}) {
  return (
    <div
      className={reportedBy ? 'passage passage-reported speech' : 'passage'}
      data-speaker={speakerIndex}
    >
      <p lang="ru" className="block-ru" id={`p${paragraph}`}>
        {russian}
      </p>
      {reportedBy && (
        <p className="passage-meta reported-by">{t('article.reportedBy', { name: reportedBy })}</p>
      )}
      {/* Side by side and in English the disclosure stays open to the eye (styles.css). */}
      {translation !== null && (
        <details className="passage-translation">
          <summary className="disclosure disclosure-small">{t('article.translation')}</summary>
          <p lang="en" className="block-en">
            {translation}
          </p>
        </details>
      )}
    </div>
  )
}
