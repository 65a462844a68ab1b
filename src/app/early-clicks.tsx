import { useEffect } from 'react'

/**
 * Clicks again, once the app has hydrated, the controls a reader clicked while its code was
 * still on the way (start-after-paint.ts holds them).
 * - After the commit, not at hydrateRoot: a checkbox clicked into a page still hydrating
 *   would be read by React as already in its new state, and its change lost.
 * - One click per task, as a reader's own come, the first too: the render that brings in
 *   the real URL (useLocation hydrates with the bare one) and each click's update are done
 *   before the next click reads them.
 */
export function EarlyClicks() {
  useEffect(() => {
    const held = window.tandemEarlyClicks?.release() ?? []
    function clickNext() {
      const control = held.shift()
      if (!control) return
      if (control.isConnected) control.click()
      setTimeout(clickNext)
    }
    setTimeout(clickNext)
  }, [])
  return null
}
