import { useLayoutEffect } from 'react'
import { t } from '../../i18n/i18n.ts'
import type { GlossaryEntry, GlossaryNotes as Notes } from '../../content/schema.ts'
import { languages, type Lang } from '../../lib/language.ts'
import { splitLanguageRuns } from './language-runs.ts'

export const noteId = (entryId: string) => `note-${entryId}`
const notesId = 'notes'

/** Each note's number, in the glossary's order: printed, the terms refer to their endnotes by it. */
export function noteNumbers(
  glossary: readonly GlossaryEntry[],
  noteIds: readonly string[],
): ReadonlyMap<string, number> {
  const withNote = glossary.filter((entry) => noteIds.includes(entry.id))
  return new Map(withNote.map((entry, i) => [entry.id, i + 1]))
}

/**
 * Every glossary note as a popover, each in both languages: a marked term opens its note,
 * the browser closes it on Escape or a tap elsewhere and places it by the term, and the
 * notes language (`lang`, then `useNotesLanguage`) picks the text shown (styles.css).
 * Static: a page carries it as markup beside the app, which only switches its language,
 * so the notes' text needs no second copy in the page's data.
 */
export function GlossaryNotes({
  glossary,
  notes,
  lang,
}: {
  glossary: readonly GlossaryEntry[]
  notes: Notes
  lang: Lang
}) {
  const numbers = noteNumbers(glossary, Object.keys(notes))
  return (
    <div id={notesId} className="notes" data-lang={lang}>
      {/* On paper the notes are endnotes, numbered as the terms refer to them. */}
      {languages.map((part) => (
        <h2 key={part} className="print-only note-part" lang={part}>
          {t('notes.label', { lng: part })}
        </h2>
      ))}
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
            data-label-ru={note.term.ru}
            data-label-en={note.term.en}
            className="note"
            lang={lang}
          >
            {languages.map((part) => (
              <div key={part} className="note-part" lang={part}>
                <p className="note-title">
                  <span className="print-only note-number">{numbers.get(entry.id)}. </span>
                  <span className="note-term">{note.term[part]}</span>{' '}
                  <span className="note-kind">{t(`notes.kind.${entry.kind}`, { lng: part })}</span>
                </p>
                <p className="note-text">
                  {splitLanguageRuns(note.note[part], part).map((run, index) =>
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
            ))}
          </div>
        )
      })}
    </div>
  )
}

/** Shows the notes (GlossaryNotes, outside the app) in `lang`: their text, `lang` and names. */
export function useNotesLanguage(lang: Lang): void {
  useLayoutEffect(() => {
    const container = document.getElementById(notesId)
    if (!container) return
    container.dataset.lang = lang
    for (const note of container.querySelectorAll<HTMLElement>('[role="note"]')) {
      note.lang = lang
      note.setAttribute('aria-label', note.getAttribute(`data-label-${lang}`) ?? '')
    }
  }, [lang])
}
