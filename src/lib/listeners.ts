/** The subscribers of a small external store (for useSyncExternalStore), and a way to tell them. */
export function createListeners(): {
  subscribe: (listener: () => void) => () => void
  notify: () => void
} {
  const listeners = new Set<() => void>()
  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    notify() {
      for (const listener of listeners) listener()
    },
  }
}
