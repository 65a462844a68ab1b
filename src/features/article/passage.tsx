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
  translationMarked,
  reportedBy,
  speakerIndex,
}: {
  paragraph: number
  russian: ReactNode
  translation: string | null
  /** The same, with its glossary terms marked: the text of the side-by-side and English modes. */
  translationMarked: ReactNode
  reportedBy?: string
  speakerIndex?: number
}) {
  return (
    <div
      className={reportedBy ? 'passage passage-reported speech' : 'passage'}
      data-speaker={speakerIndex}
    >
      <p lang="ru" id={`p${paragraph}`}>
        {russian}
      </p>
      {translation !== null && (
        <p className="block-en passage-en" lang="en">
          {translationMarked}
        </p>
      )}
      {reportedBy && (
        <p className="passage-meta reported-by">{t('article.reportedBy', { name: reportedBy })}</p>
      )}
      {translation !== null && (
        <details className="passage-translation in-mode-ru">
          <summary className="disclosure disclosure-small">{t('article.translation')}</summary>
          <p lang="en">{translation}</p>
        </details>
      )}
    </div>
  )
}
