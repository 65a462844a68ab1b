import { Suspense, type ReactNode } from 'react'
import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import { DisclosureButton } from '../../lib/disclosure-button.tsx'
import { Loading } from '../../lib/loading.tsx'

/** A paragraph of narration or reported speech, with its English translation on demand
 * (a draft has none yet: `translation` null). */
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
  translation: ReactNode | null
  reportedBy?: string
  speakerIndex?: number
  isExpanded: boolean
  onToggle: () => void
}) {
  const { t } = useInterfaceLanguage()
  const translationId = `${id}-translation`

  return (
    <div
      id={id}
      hidden={hidden}
      className={reportedBy ? 'passage passage-reported' : 'passage'}
      data-speaker={speakerIndex}
    >
      <p lang="ru">{russian}</p>
      {(reportedBy || translation !== null) && (
        <div className="passage-meta">
          {reportedBy && (
            <span className="reported-by">{t('article.reportedBy', { name: reportedBy })}</span>
          )}
          {translation !== null && (
            <DisclosureButton
              small
              controls={translationId}
              isExpanded={isExpanded}
              onToggle={onToggle}
            >
              {t('article.translation')}
            </DisclosureButton>
          )}
        </div>
      )}
      {translation !== null && (
        <div id={translationId} className="passage-translation" hidden={!isExpanded}>
          {isExpanded && <Suspense fallback={<Loading />}>{translation}</Suspense>}
        </div>
      )}
    </div>
  )
}
