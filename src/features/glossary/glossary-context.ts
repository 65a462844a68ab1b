import { createContext, useContext, useSyncExternalStore } from 'react'
import type { GlossaryEntry } from '../../content/schema.ts'
import type { Lang } from '../../lib/language.ts'
import { createListeners } from '../../lib/listeners.ts'

/** What an open note needs to show itself. */
export interface GlossaryState {
  entries: readonly GlossaryEntry[]
  notesLang: Lang
}

/**
 * Which note is open (one at a time). A store rather than state in a context: opening a
 * note then re-renders the two terms whose notes open and close, not every term.
 */
export interface OpenNote {
  subscribe: (listener: () => void) => () => void
  get: () => string | null
  toggle: (noteId: string) => void
  close: () => void
}

export function createOpenNote(): OpenNote {
  let open: string | null = null
  const { subscribe, notify } = createListeners()
  const set = (noteId: string | null) => {
    open = noteId
    notify()
  }
  return {
    subscribe,
    get: () => open,
    toggle: (noteId) => set(open === noteId ? null : noteId),
    close: () => set(null),
  }
}

export const GlossaryContext = createContext<GlossaryState | null>(null)
export const OpenNoteContext = createContext<OpenNote | null>(null)

export function useGlossary(): GlossaryState {
  const state = useContext(GlossaryContext)
  if (!state) throw new Error('useGlossary must be used inside <GlossaryContext>')
  return state
}

/** Whether `noteId` is open, and the store to open or close it. */
export function useOpenNote(noteId: string): { isOpen: boolean; openNote: OpenNote } {
  const openNote = useContext(OpenNoteContext)
  if (!openNote) throw new Error('useOpenNote must be used inside <OpenNoteContext>')
  const isOpen = useSyncExternalStore(
    openNote.subscribe,
    () => openNote.get() === noteId,
    () => false,
  )
  return { isOpen, openNote }
}
