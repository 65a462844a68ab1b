import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useGlossary } from './glossary-context.ts'
import { splitLanguageRuns } from './language-runs.ts'

/**
 * A toggletip: a button in the running text, and its note right after it while open.
 * A closed note is not rendered, so the paragraph's text stays exactly the source's.
 */
export function GlossaryTerm({
  noteId,
  entryId,
  children,
}: {
  noteId: string
  entryId: string
  children: ReactNode
}) {
  const { openNoteId, onToggleNote, onCloseNote } = useGlossary()
  const buttonRef = useRef<HTMLButtonElement>(null)
  const isOpen = openNoteId === noteId

  useEffect(() => {
    if (!isOpen) return
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      onCloseNote()
      buttonRef.current?.focus()
    }
    // A press anywhere but on the term or in its note closes the note.
    function handlePointerDown(event: PointerEvent) {
      const target = event.target as Node
      const note = document.getElementById(noteId)
      if (!buttonRef.current?.contains(target) && !note?.contains(target)) onCloseNote()
    }
    document.addEventListener('keydown', handleKeyDown)
    document.addEventListener('pointerdown', handlePointerDown)
    return () => {
      document.removeEventListener('keydown', handleKeyDown)
      document.removeEventListener('pointerdown', handlePointerDown)
    }
  }, [isOpen, noteId, onCloseNote])

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="term"
        aria-expanded={isOpen}
        aria-controls={noteId}
        onClick={() => onToggleNote(noteId)}
      >
        {children}
      </button>
      {isOpen && <GlossaryNote noteId={noteId} entryId={entryId} />}
    </>
  )
}

/** The note, in the notes language whatever the interface language; spans, as it sits in a <p>. */
function GlossaryNote({ noteId, entryId }: { noteId: string; entryId: string }) {
  const { i18n } = useTranslation()
  const { entries, notesLang } = useGlossary()
  const entry = entries.find((candidate) => candidate.id === entryId)
  if (!entry) return null
  const tNotes = i18n.getFixedT(notesLang)

  return (
    <span id={noteId} role="note" className="note" lang={notesLang}>
      <span className="note-title">
        <span className="note-term">{entry.term[notesLang]}</span>{' '}
        <span className="note-kind">{tNotes(`notes.kind.${entry.kind}`)}</span>
      </span>
      <span className="note-text">
        {splitLanguageRuns(entry.note[notesLang], notesLang).map((run, index) =>
          run.lang ? (
            <span key={index} lang={run.lang}>
              {run.text}
            </span>
          ) : (
            run.text
          ),
        )}
      </span>
    </span>
  )
}
