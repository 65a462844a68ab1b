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

// The address less ?view=, for the parts of the page the reading mode doesn't change: a
// switch of mode then re-renders only what shows it (the mode links, the language links).
function getSnapshotWithoutView() {
  const params = new URLSearchParams(window.location.search)
  params.delete('view')
  // Not params.size: Safari has it only from 17, and the build targets 16.4.
  const query = params.toString()
  return `${query ? `?${query}` : ''}${window.location.hash}`
}

export function useLocation({ ignoringView = false } = {}): { search: string; hash: string } {
  const snapshot = useSyncExternalStore(
    subscribe,
    ignoringView ? getSnapshotWithoutView : getSnapshot,
    getServerSnapshot,
  )
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
