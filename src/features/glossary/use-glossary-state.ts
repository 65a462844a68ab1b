import { useCallback, useMemo, useState } from 'react'
import type { ArticleCore } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'
import type { GlossaryState } from './glossary-context.ts'

/** One note open at a time: opening a term closes the note that was open. */
export function useGlossaryState(content: ArticleCore, notesLang: Lang): GlossaryState {
  const [openNoteId, setOpenNoteId] = useState<string | null>(null)
  const onToggleNote = useCallback(
    (noteId: string) => setOpenNoteId((current) => (current === noteId ? null : noteId)),
    [],
  )
  const onCloseNote = useCallback(() => setOpenNoteId(null), [])
  return useMemo(
    () => ({
      entries: content.glossary,
      sics: content.article.sic,
      notesLang,
      openNoteId,
      onToggleNote,
      onCloseNote,
    }),
    [content, notesLang, openNoteId, onToggleNote, onCloseNote],
  )
}
