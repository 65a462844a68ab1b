import { runInNewContext } from 'node:vm'
import { expect, test } from 'vitest'
import { startAfterFirstPaint } from './start-after-paint.ts'

const code = { script: '/assets/index-abc.js', preloads: ['/assets/vendor-def.js'] }

/** A page with a control and a link, and a window whose paint reports the test makes. */
function page({
  visibility = 'visible',
  paintTiming = true,
}: { visibility?: DocumentVisibilityState; paintTiming?: boolean } = {}) {
  const doc = document.implementation.createHTMLDocument()
  doc.body.innerHTML =
    '<div id="root"><button>Expand</button><input type="checkbox"><a href="#q1">Link</a></div>'
  Object.defineProperty(doc, 'visibilityState', { value: visibility })
  const observers: { report: (name: string) => void; isDisconnected: () => boolean }[] = []
  const timers: { run: () => void; ms: number }[] = []
  class FakeObserver {
    static supportedEntryTypes = paintTiming ? ['mark', 'paint'] : ['mark']
    private disconnected = false
    constructor(callback: PerformanceObserverCallback) {
      observers.push({
        report: (name) =>
          callback(
            { getEntriesByName: (wanted: string) => (wanted === name ? [{}] : []) } as never,
            this as never,
          ),
        isDisconnected: () => this.disconnected,
      })
    }
    observe() {}
    disconnect() {
      this.disconnected = true
    }
  }
  const win = {
    document: doc,
    Element,
    PerformanceObserver: FakeObserver,
    setTimeout: (run: () => void, ms: number) => timers.push({ run, ms }),
  } as unknown as Window & typeof globalThis
  const loaded = () =>
    [...doc.head.querySelectorAll('script, link')].map((node) =>
      node instanceof HTMLScriptElement
        ? `${node.type} ${node.src}`
        : `${(node as HTMLLinkElement).rel} ${(node as HTMLLinkElement).href}`,
    )
  /** Runs the oldest task queued without a delay. */
  const runTask = () => {
    const index = timers.findIndex(({ ms }) => ms === undefined)
    expect(index).toBeGreaterThanOrEqual(0)
    timers.splice(index, 1)[0]!.run()
  }
  return { doc, win, observers, timers, loaded, runTask }
}

const appCode = ['modulepreload /assets/vendor-def.js', 'module /assets/index-abc.js']

test('the code loads once the first frame is painted, and only once', () => {
  const { win, observers, timers, loaded } = page()
  startAfterFirstPaint(win, code, 3000)
  expect(loaded()).toEqual([])

  observers[0]!.report('first-paint')
  expect(loaded()).toEqual([])
  observers[0]!.report('first-contentful-paint')
  expect(loaded()).toEqual(appCode)
  expect(observers[0]!.isDisconnected()).toBe(true)

  timers[0]!.run()
  expect(loaded()).toEqual(appCode)
})

test('the code loads after the fallback time when no paint is reported', () => {
  const { win, timers, loaded } = page()
  startAfterFirstPaint(win, code, 3000)
  expect(timers.map(({ ms }) => ms)).toEqual([3000])
  timers[0]!.run()
  expect(loaded()).toEqual(appCode)
})

test('a page that cannot report its paint loads the code at once', () => {
  const hidden = page({ visibility: 'hidden' })
  startAfterFirstPaint(hidden.win, code, 3000)
  expect(hidden.loaded()).toEqual(appCode)

  const noPaintTiming = page({ paintTiming: false })
  startAfterFirstPaint(noPaintTiming.win, code, 3000)
  expect(noPaintTiming.loaded()).toEqual(appCode)
})

test('the first key or pointer press loads the code', () => {
  for (const event of [new KeyboardEvent('keydown'), new PointerEvent('pointerdown')]) {
    const { doc, win, loaded } = page()
    startAfterFirstPaint(win, code, 3000)
    doc.body.dispatchEvent(event)
    expect(loaded()).toEqual(appCode)
  }
})

test('a click on a control is held for the app; a link is left alone', () => {
  const { doc, win, timers, loaded, runTask } = page()
  startAfterFirstPaint(win, code, 3000)
  const seen: EventTarget[] = []
  doc.addEventListener('click', (event) => seen.push(event.target!))
  const button = doc.querySelector('button')!
  const link = doc.querySelector('a')!

  const onLink = new MouseEvent('click', { bubbles: true, cancelable: true })
  link.dispatchEvent(onLink)
  expect(onLink.defaultPrevented).toBe(false)
  expect(loaded()).toEqual([])

  const onButton = new MouseEvent('click', { bubbles: true, cancelable: true })
  button.dispatchEvent(onButton)
  button.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }))
  expect(onButton.defaultPrevented).toBe(true)
  expect(seen).toEqual([link])
  expect(loaded()).toEqual(appCode)

  // Replayed in order, one per task, and not in the task that asks for it.
  win.tandemEarlyClicks!.replay()
  expect(seen).toEqual([link])
  runTask()
  expect(seen).toEqual([link, button])
  // A click made while some are still to come waits its turn behind them.
  const checkbox = doc.querySelector('input')!
  checkbox.click()
  expect(checkbox.checked).toBe(false)
  expect(seen).toEqual([link, button])
  runTask()
  expect(seen).toEqual([link, button, button])
  runTask()
  expect(seen).toEqual([link, button, button, checkbox])
  expect(checkbox.checked).toBe(true)
  // All replayed: clicks now reach the page, and nothing more is held.
  runTask()
  button.click()
  expect(seen).toEqual([link, button, button, checkbox, button])
  expect(timers.filter(({ ms }) => ms === undefined)).toEqual([])
})

test('a press elsewhere or Escape after a held click comes after it', () => {
  const { doc, win, runTask } = page()
  startAfterFirstPaint(win, code, 3000)
  const seen: string[] = []
  for (const type of ['click', 'pointerdown', 'keydown'])
    doc.addEventListener(type, (event) => {
      const key = event instanceof KeyboardEvent ? ` ${event.key}` : ''
      seen.push(`${type}${key} ${(event.target as Element).tagName}`)
    })
  const button = doc.querySelector('button')!
  const press = (key?: string) =>
    key
      ? doc.body.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
      : doc.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))

  // Before anything is held, presses go through: nothing is open for them to close.
  press()
  expect(seen).toEqual(['pointerdown BODY'])
  button.click()
  press()
  press('Escape')
  press('Tab')
  expect(seen).toEqual(['pointerdown BODY', 'keydown Tab BODY'])

  win.tandemEarlyClicks!.replay()
  runTask()
  runTask()
  runTask()
  expect(seen).toEqual([
    'pointerdown BODY',
    'keydown Tab BODY',
    'click BUTTON',
    'pointerdown BODY',
    'keydown Escape BODY',
  ])
  // Done: presses go straight through again.
  runTask()
  press()
  expect(seen.at(-1)).toBe('pointerdown BODY')
  expect(seen).toHaveLength(6)
})

test('the function runs on its own, as the page inlines it', () => {
  // A fresh context has none of this module's names: only what the page passes in.
  const inlined = runInNewContext(
    `(${String(startAfterFirstPaint)})`,
  ) as typeof startAfterFirstPaint
  const { win, observers, loaded } = page()
  inlined(win, code, 3000)
  observers[0]!.report('first-contentful-paint')
  expect(loaded()).toEqual(appCode)
})
