import { useInterfaceLanguage } from '../../i18n/interface-language.tsx'
import { useExtras } from '../../content/extras-context.ts'
import { useGlossary } from './glossary-context.ts'
import { splitLanguageRuns } from './language-runs.ts'

/** The note, in the notes language whatever the interface language; spans, as it sits in a <p>. */
export function GlossaryNote({ noteId, entryId }: { noteId: string; entryId: string }) {
  const { i18n } = useInterfaceLanguage()
  const { entries, notesLang } = useGlossary()
  const { notes } = useExtras()
  const kind = entries.find((candidate) => candidate.id === entryId)?.kind
  const entry = notes[entryId]
  if (!entry || !kind) return null
  const tNotes = i18n.getFixedT(notesLang)

  return (
    <span id={noteId} role="note" className="note" lang={notesLang}>
      <span className="note-title">
        <span className="note-term">{entry.term[notesLang]}</span>{' '}
        <span className="note-kind">{tNotes(`notes.kind.${kind}`)}</span>
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
