import { useSyncExternalStore } from 'react'

// The URL is the store for shareable state: components read it through this hook and
// change it with `navigate`, and Back/Forward (popstate) re-render them.
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

export function useLocation(): { search: string; hash: string } {
  const snapshot = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot)
  const hashStart = snapshot.indexOf('#')
  return hashStart === -1
    ? { search: snapshot, hash: '' }
    : { search: snapshot.slice(0, hashStart), hash: snapshot.slice(hashStart) }
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
