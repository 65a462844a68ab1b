/** Clicks on controls made before the app ran, held for it to answer once it has hydrated. */
export interface HeldClicks {
  /**
   * Clicks the held controls again, and dispatches again the presses held behind them, in
   * order and one per task, as a reader's own come: each click's update, URL included, is
   * done before the next reads it. What the reader does meanwhile queues behind them; once
   * the queue is empty, clicks and presses go straight through.
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
 * has taken over (`replay`, called by early-clicks.tsx), and so are a press elsewhere or
 * Escape that come after it. Links work without the app and are left alone.
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

  // What the reader did before the app could answer, to be done again in the same order.
  const held: (() => void)[] = []

  function hold(event: Event) {
    if (replaying) return
    const target = event.target
    const control =
      target instanceof win.Element ? target.closest<HTMLElement>('#root :is(button, input)') : null
    if (!control) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push(() => {
      if (control.isConnected) control.click()
    })
    start()
  }

  // A press that closes what an earlier held click opens (a note: glossary-term.tsx) comes
  // after it, not before: once a click is held, presses anywhere and Escape wait their turn
  // too, and are dispatched again as they came.
  function holdAfterClicks(event: Event) {
    start()
    if (replaying || held.length === 0) return
    if (event.type === 'keydown' && (event as KeyboardEvent).key !== 'Escape') return
    event.stopImmediatePropagation()
    const target = event.target
    const again = new (event.constructor as typeof Event)(event.type, event)
    held.push(() => target?.dispatchEvent(again))
  }

  const listeners: [string, (event: Event) => void][] = [
    ['click', hold],
    ['pointerdown', holdAfterClicks],
    ['keydown', holdAfterClicks],
  ]
  for (const [type, listener] of listeners) doc.addEventListener(type, listener, true)
  function replayNext() {
    const next = held.shift()
    if (!next) {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true)
      return
    }
    replaying = true
    next()
    replaying = false
    win.setTimeout(replayNext)
  }
  let replayed = false
  win.tandemEarlyClicks = {
    replay() {
      if (replayed) return
      replayed = true
      // Not the first click at once either: the app's first render after hydration (the
      // real URL, say) has not happened yet.
      win.setTimeout(replayNext)
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
