import { useSyncExternalStore } from 'react'

// The URL is the store for shareable state: components read it through the hooks below
// and change it with `navigate`, and Back/Forward (popstate) re-render them.
const listeners = new Set<() => void>()

function subscribe(listener: () => void) {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  window.addEventListener('hashchange', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
    window.removeEventListener('hashchange', listener)
  }
}

function getSnapshot() {
  return `${window.location.search}${window.location.hash}`
}

// A prerendered page is the bare URL; after hydration the real one takes over.
function getServerSnapshot() {
  return ''
}

/** The page's address, `search` and `hash`; every change of either re-renders the caller. */
export function useLocation(): { search: string; hash: string } {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
  const hashStart = snapshot.indexOf('#')
  return hashStart === -1
    ? { search: snapshot, hash: '' }
    : { search: snapshot.slice(0, hashStart), hash: snapshot.slice(hashStart) }
}

/**
 * One part of the address, as `select` reads it from `search` and `hash`: the caller
 * re-renders only when that part changes, so a change of the filter leaves what shows the
 * notes language alone, and the other way round.
 */
export function useAddressPart(select: (search: string, hash: string) => string): string {
  return useSyncExternalStore(
    subscribe,
    () => select(window.location.search, window.location.hash),
    () => select('', ''),
  )
}

export function navigate(
  search: string,
  { replace = false, pathname = window.location.pathname } = {},
) {
  const url = `${pathname}${search}${window.location.hash}`
  if (replace) window.history.replaceState(window.history.state, '', url)
  else window.history.pushState(null, '', url)
  for (const listener of listeners) listener()
}
