import { Suspense, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DisclosureButton } from '../../lib/disclosure-button.tsx'
import { Loading } from '../../lib/loading.tsx'

/** A paragraph of narration or reported speech, with its English translation on demand. */
export function Passage({
  hidden,
  id,
  russian,
  translation,
  reportedBy,
  speakerIndex,
  isExpanded,
  onToggle,
}: {
  hidden: boolean
  id: string
  russian: ReactNode
  translation: ReactNode
  reportedBy?: string
  speakerIndex?: number
  isExpanded: boolean
  onToggle: () => void
}) {
  const { t } = useTranslation()
  const translationId = `${id}-translation`

  return (
    <div
      id={id}
      hidden={hidden}
      className={reportedBy ? 'passage passage-reported' : 'passage'}
      data-speaker={speakerIndex}
    >
      <p lang="ru">{russian}</p>
      <div className="passage-meta">
        {reportedBy && (
          <span className="reported-by">{t('article.reportedBy', { name: reportedBy })}</span>
        )}
        <DisclosureButton
          small
          controls={translationId}
          isExpanded={isExpanded}
          onToggle={onToggle}
        >
          {t('article.translation')}
        </DisclosureButton>
      </div>
      <div id={translationId} className="passage-translation" hidden={!isExpanded}>
        {isExpanded && <Suspense fallback={<Loading />}>{translation}</Suspense>}
      </div>
    </div>
  )
}
