import { useMemo, useState } from 'react'
import type { ArticleCore } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'
import { createOpenNote, type GlossaryState, type OpenNote } from './glossary-context.ts'

/** The glossary's state for one article: its entries, the notes language, the open note. */
export function useGlossaryState(
  content: ArticleCore,
  notesLang: Lang,
): { glossary: GlossaryState; openNote: OpenNote } {
  const [openNote] = useState(createOpenNote)
  const glossary = useMemo(() => ({ entries: content.glossary, notesLang }), [content, notesLang])
  return { glossary, openNote }
}
