import { interfaceLang, t } from '../../i18n/i18n.ts'
import type { Speaker } from '../../content/schema.ts'
import { LocalizedText } from '../../lib/localized-text.tsx'

/**
 * The speaker filter: a checkbox per speaker. The checkboxes themselves hide the other
 * speakers' quotes and reported speech (the rules below, with `:has()`), so the filter
 * works before the app's code arrives and without it; the app keeps it in the URL.
 */
export function SpeakerSidebar({
  speakers,
  quoteCounts,
  selected,
  shown,
  total,
  onChange,
}: {
  speakers: readonly Speaker[]
  quoteCounts: Record<string, number>
  selected: readonly string[]
  shown: number
  total: number
  onChange: (speakerId: string | null) => void
}) {
  const lang = interfaceLang()

  return (
    <aside className="sidebar" aria-labelledby="speakers-heading">
      <style>{filterRules(speakers.map((speaker) => speaker.id))}</style>
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      {/* autocomplete off: a browser restoring the boxes on Back or reload would filter
          the page behind the address's back. */}
      <form className="speaker-form" autoComplete="off" onReset={() => onChange(null)}>
        <fieldset className="speaker-filter">
          <legend className="visually-hidden">{t('speakers.legend')}</legend>
          {speakers.map((speaker, index) => (
            <label key={speaker.id} className="speaker" data-speaker={index}>
              <input
                type="checkbox"
                name="speaker"
                value={speaker.id}
                id={`speaker-${index}`}
                checked={selected.includes(speaker.id)}
                onChange={() => onChange(speaker.id)}
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
          <button type="reset" className="link-button">
            {t('speakers.showAll')}
          </button>
        </div>
      </form>
    </aside>
  )
}

/**
 * While any speaker is ticked, speech by each speaker not ticked is hidden. The rules
 * hang on the sidebar, not on the whole layout: a change of any other checked control
 * (the notes language) then leaves the article's style alone. Until the app has ticked
 * the boxes a shared link asks for, `<html data-speakers>` (set by the head script from
 * `?speaker=`) does the same, so the page is filtered from its first paint.
 */
export function filterRules(speakerIds: readonly string[]): string {
  if (speakerIds.length === 0) return ''
  const anyAsked = speakerIds.map((id) => `[data-speakers~="${id}"]`).join(', ')
  return speakerIds
    .flatMap((id, i) => [
      `.sidebar:has(:checked):has(#speaker-${i}:not(:checked)) ~ main .speech[data-speaker="${i}"]`,
      `html:is(${anyAsked}):not([data-speakers~="${id}"]) .speech[data-speaker="${i}"]`,
    ])
    .join(',\n')
    .concat(' {\n  display: none;\n}')
}
