import { createContext, useContext } from 'react'
import type { GlossaryEntry, Sic } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'

export interface GlossaryState {
  entries: readonly GlossaryEntry[]
  sics: readonly Sic[]
  notesLang: Lang
  openNoteId: string | null
  onToggleNote: (noteId: string) => void
  onCloseNote: () => void
}

export const GlossaryContext = createContext<GlossaryState | null>(null)

export function useGlossary(): GlossaryState {
  const state = useContext(GlossaryContext)
  if (!state) throw new Error('useGlossary must be used inside <GlossaryContext>')
  return state
}
