import { Suspense, useEffect, useRef, type ReactNode } from 'react'
import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import { useOpenNote } from './glossary-context.ts'
import { GlossaryNote } from './glossary-note.tsx'

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
  const { isOpen, openNote } = useOpenNote(noteId)
  const buttonRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    if (!isOpen) return
    function handleKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      openNote.close()
      buttonRef.current?.focus()
    }
    // A press anywhere but on the term or in its note closes the note.
    function handlePointerDown(event: PointerEvent) {
      const target = event.target as Node
      const note = document.getElementById(noteId)
      if (!buttonRef.current?.contains(target) && !note?.contains(target)) openNote.close()
    }
    document.addEventListener('keydown', handleKeyDown)
    document.addEventListener('pointerdown', handlePointerDown)
    return () => {
      document.removeEventListener('keydown', handleKeyDown)
      document.removeEventListener('pointerdown', handlePointerDown)
    }
  }, [isOpen, noteId, openNote])

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="term"
        aria-expanded={isOpen}
        aria-controls={noteId}
        onClick={() => openNote.toggle(noteId)}
      >
        {children}
      </button>
      {isOpen && (
        <Suspense fallback={<NoteLoading noteId={noteId} />}>
          <GlossaryNote noteId={noteId} entryId={entryId} />
        </Suspense>
      )}
    </>
  )
}

/** Stands in for the note while the notes load, under the same id. */
function NoteLoading({ noteId }: { noteId: string }) {
  const { t } = useInterfaceLanguage()
  return (
    <span id={noteId} role="note" className="note">
      {t('app.loading')}
    </span>
  )
}
