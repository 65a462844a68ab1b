import { memo } from 'react'
import { t } from '../../i18n/i18n.ts'
import type { GlossaryEntry, GlossaryNotes as Notes } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'
import { splitLanguageRuns } from './language-runs.ts'

export const noteId = (entryId: string) => `note-${entryId}`

/** Each note's number, in the glossary's order: printed, the terms refer to their endnotes by it. */
export function noteNumbers(
  glossary: readonly GlossaryEntry[],
  notes: Notes,
): ReadonlyMap<string, number> {
  return new Map(glossary.filter((entry) => notes[entry.id]).map((entry, i) => [entry.id, i + 1]))
}

/**
 * Every glossary note as a popover, in the notes language whatever the interface
 * language. A marked term opens its note; the browser closes it on Escape or a tap
 * elsewhere and places it by the term (styles.css). Memoised: only the notes language
 * changes them.
 */
export const GlossaryNotes = memo(function GlossaryNotes({
  glossary,
  notes,
  lang,
}: {
  glossary: readonly GlossaryEntry[]
  notes: Notes
  lang: Lang
}) {
  const numbers = noteNumbers(glossary, notes)
  return (
    <div className="notes">
      {/* On paper the notes are endnotes, numbered as the terms refer to them. */}
      <h2 className="print-only" lang={lang}>
        {t('notes.label', { lng: lang })}
      </h2>
      {glossary.map((entry) => {
        const note = notes[entry.id]
        if (!note) return null
        return (
          <div
            key={entry.id}
            id={noteId(entry.id)}
            popover="auto"
            role="note"
            aria-label={note.term[lang]}
            className="note"
            lang={lang}
          >
            <p className="note-title">
              <span className="print-only note-number">{numbers.get(entry.id)}. </span>
              <span className="note-term">{note.term[lang]}</span>{' '}
              <span className="note-kind">{t(`notes.kind.${entry.kind}`, { lng: lang })}</span>
            </p>
            <p className="note-text">
              {splitLanguageRuns(note.note[lang], lang).map((run, index) =>
                run.lang ? (
                  <span key={index} lang={run.lang}>
                    {run.text}
                  </span>
                ) : (
                  run.text
                ),
              )}
            </p>
          </div>
        )
      })}
    </div>
  )
})
