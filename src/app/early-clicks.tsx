import { useEffect } from 'react'

/**
 * Has the controls a reader clicked while the app's code was still on the way clicked
 * again (start-after-paint.ts holds them), once the app has hydrated: after the commit,
 * not at hydrateRoot, since a checkbox clicked into a page still hydrating would be read by
 * React as already in its new state, and its change lost.
 */
export function EarlyClicks() {
  useEffect(() => {
    window.tandemEarlyClicks?.replay()
  }, [])
  return null
}
