/** Clicks on controls made before the app ran, held for it to answer once it has hydrated. */
export interface HeldClicks {
  /**
   * Clicks the held controls again, in order and one per task, as a reader's own come: each
   * click's update, URL included, is done before the next reads it. A click the reader
   * makes meanwhile queues behind them; once the queue is empty, clicks go straight through.
   */
  replay(): void
}

declare global {
  interface Window {
    tandemEarlyClicks?: HeldClicks
  }
}

/** The app's entry module and the modules it imports at once. */
export interface AppCode {
  script: string
  preloads: string[]
}

/**
 * Starts loading the app only once the prerendered page is on screen, so its code does not
 * compete with the first frame for the network and the two or four cores of a phone. Until
 * the app has hydrated, a click on one of its controls (a button, a checkbox, a radio) is
 * held rather than lost: the control stays as it was, and is clicked again when the app
 * has taken over (`replay`, called by early-clicks.tsx). Links work without the app and are left alone.
 *
 * The code also starts at once when the page cannot report its first paint (a background
 * tab, a browser without paint timing), at the reader's first key or pointer press, and
 * after `fallbackMs` whatever happens.
 *
 * Self-contained on purpose — no imports, no outer names — because each prerendered page
 * inlines it (`String(startAfterFirstPaint)`) in its <head>.
 */
export function startAfterFirstPaint(
  win: Window & typeof globalThis,
  code: AppCode,
  fallbackMs: number,
): void {
  const doc = win.document
  const held: HTMLElement[] = []
  let started = false
  let replaying = false

  function start() {
    if (started) return
    started = true
    for (const href of code.preloads) {
      const link = doc.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      doc.head.append(link)
    }
    const script = doc.createElement('script')
    script.type = 'module'
    script.crossOrigin = ''
    script.src = code.script
    doc.head.append(script)
  }

  function hold(event: Event) {
    if (replaying) return
    const target = event.target
    const control =
      target instanceof win.Element ? target.closest<HTMLElement>('#root :is(button, input)') : null
    if (!control) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push(control)
    start()
  }

  doc.addEventListener('click', hold, true)
  doc.addEventListener('pointerdown', start, true)
  doc.addEventListener('keydown', start, true)
  function clickNext() {
    const control = held.shift()
    if (!control) {
      doc.removeEventListener('click', hold, true)
      return
    }
    replaying = true
    if (control.isConnected) control.click()
    replaying = false
    win.setTimeout(clickNext)
  }
  let replayed = false
  win.tandemEarlyClicks = {
    replay() {
      if (replayed) return
      replayed = true
      // Not the first click at once either: the app's first render after hydration (the
      // real URL, say) has not happened yet.
      win.setTimeout(clickNext)
    },
  }

  const canWatchPaint = Boolean(win.PerformanceObserver?.supportedEntryTypes?.includes('paint'))
  if (doc.visibilityState !== 'visible' || !canWatchPaint) {
    start()
    return
  }
  new win.PerformanceObserver((entries, observer) => {
    if (entries.getEntriesByName('first-contentful-paint').length === 0) return
    observer.disconnect()
    start()
  }).observe({ type: 'paint', buffered: true })
  win.setTimeout(start, fallbackMs)
}
