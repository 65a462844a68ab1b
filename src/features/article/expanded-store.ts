import { useSyncExternalStore } from 'react'
import { createListeners } from '../../lib/listeners.ts'

/**
 * Which blocks the reader has opened or closed; any other block is closed, unless a link
 * named it. A store rather than state in the reader: opening a card then re-renders
 * that card alone, not the reader and every block's props on a long article.
 */
export interface ExpandedStore {
  subscribe: (listener: () => void) => () => void
  get: (blockId: string) => boolean | undefined
  set: (blockId: string, isOpen: boolean) => void
  setAll: (blockIds: readonly string[], isOpen: boolean) => void
}

export function createExpandedStore(): ExpandedStore {
  const state = new Map<string, boolean>()
  const { subscribe, notify } = createListeners()
  return {
    subscribe,
    get: (blockId) => state.get(blockId),
    set(blockId, isOpen) {
      state.set(blockId, isOpen)
      notify()
    },
    setAll(blockIds, isOpen) {
      for (const blockId of blockIds) state.set(blockId, isOpen)
      notify()
    },
  }
}

/** Whether the block is open: as the reader left it, else open if the link named it. */
export function useIsExpanded(
  store: ExpandedStore,
  blockId: string,
  linkedQuoteId: string | null,
): boolean {
  const isLinked = blockId === linkedQuoteId
  return useSyncExternalStore(
    store.subscribe,
    () => store.get(blockId) ?? isLinked,
    () => isLinked,
  )
}
