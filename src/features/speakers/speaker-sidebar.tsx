import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import type { Speaker } from '../../content/schema.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'

export function SpeakerSidebar({
  speakers,
  quoteCounts,
  selected,
  shown,
  total,
  onToggle,
  onReset,
}: {
  speakers: readonly Speaker[]
  quoteCounts: Record<string, number>
  selected: readonly string[]
  shown: number
  total: number
  onToggle: (speakerId: string) => void
  onReset: () => void
}) {
  const { t, lang } = useInterfaceLanguage()

  return (
    <aside className="sidebar" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      <fieldset className="speaker-filter">
        <legend className="visually-hidden">{t('speakers.legend')}</legend>
        {speakers.map((speaker, index) => (
          <label key={speaker.id} className="speaker" data-speaker={index}>
            <input
              type="checkbox"
              checked={selected.includes(speaker.id)}
              onChange={() => onToggle(speaker.id)}
            />
            <span className="speaker-text">
              <span className="speaker-name">
                <LocalizedText value={speaker.name} lang={lang} />
              </span>
              <span className="speaker-role">
                <LocalizedText value={speaker.role} lang={lang} />
              </span>
              <span className="speaker-count">
                {t('speakers.quoteCount', { count: quoteCounts[speaker.id] ?? 0 })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="filter-footer">
        <p role="status" className="filter-status">
          {t('status.shown', { shown, count: total })}
        </p>
        {/* aria-disabled, not disabled: the button keeps focus after it resets the filter. */}
        <button
          type="button"
          className="link-button"
          aria-disabled={selected.length === 0}
          onClick={selected.length > 0 ? onReset : undefined}
        >
          {t('speakers.showAll')}
        </button>
      </div>
    </aside>
  )
}
