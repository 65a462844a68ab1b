import { chromium, type Locator, type Page } from '@playwright/test'
import { chromiumFlags, chromiumPath } from './chromium.ts'
import { median } from './median.ts'

export interface Latency {
  name: string
  median: number
  worst: number
}

declare global {
  interface Window {
    nextFrameAfter: (type: string) => Promise<number>
    benchNoScript?: 'mode' | 'filter' | null
  }
}

const tapKey = 'bench:tap-at'

// Time from the input event (its hardware timestamp) to the frame after the work it
// caused: a requestAnimationFrame callback, then a message posted from it, which runs
// once that frame has been produced.
function installProbe(tapKey: string) {
  // A tap that navigates ends the page that saw it: its time (since the epoch) waits in
  // session storage for the next page to read.
  addEventListener(
    'pointerdown',
    (event) => sessionStorage.setItem(tapKey, String(performance.timeOrigin + event.timeStamp)),
    { capture: true },
  )
  window.nextFrameAfter = (type) =>
    new Promise((resolve) => {
      addEventListener(
        type,
        (event) => {
          const start = event.timeStamp
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => resolve(performance.now() - start)
            channel.port2.postMessage(null)
          })
        },
        { once: true, capture: true },
      )
    })
}

/**
 * A tap as the browser gets it from a reader: pointer events at the target's centre.
 * Not `locator.click()`, whose hit-target check runs in the page during the very
 * events being timed (it calls elementsFromPoint, forcing a layout) and would be
 * counted as the reader's cost.
 */
async function tap(page: Page, target: Locator) {
  await target.scrollIntoViewIfNeeded()
  const box = await target.boundingBox()
  if (!box) throw new Error(`Nothing to tap: ${target.toString()} has no box`)
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  const onTarget = await target.evaluate(
    (el, { x, y }) => el.contains(document.elementFromPoint(x, y)),
    { x, y },
  )
  if (!onTarget) {
    throw new Error(`${target.toString()} is covered at its centre`)
  }
  await page.mouse.click(x, y)
}

async function measure(page: Page, name: string, target: (i: number) => Locator, reps: number) {
  const times: number[] = []
  for (let i = 0; i < reps; i++) {
    const frame = page.evaluate(() => window.nextFrameAfter('click'))
    await tap(page, target(i))
    times.push(await frame)
    await page.waitForTimeout(50)
  }
  return { name, median: median(times), worst: Math.max(...times) }
}

/** Time from a tap on a link to the first paint of the page it opens. */
async function measureNavigation(
  page: Page,
  name: string,
  target: (i: number) => Locator,
  reps: number,
) {
  const times: number[] = []
  for (let i = 0; i < reps; i++) {
    const link = target(i)
    const href = await link.getAttribute('href')
    if (!href) throw new Error(`${link.toString()} links nowhere`)
    await tap(page, link)
    // Committed, not loaded: a long article's page takes far longer to load than to paint.
    await page.waitForURL((url) => url.pathname === new URL(href, page.url()).pathname, {
      waitUntil: 'commit',
      timeout: 120_000,
    })
    times.push(
      await page.evaluate(
        (tapKey) =>
          new Promise<number>((resolve) => {
            new PerformanceObserver((list, observer) => {
              const paint = list.getEntriesByName('first-contentful-paint')[0]
              if (!paint) return
              observer.disconnect()
              resolve(
                performance.timeOrigin + paint.startTime - Number(sessionStorage.getItem(tapKey)),
              )
            }).observe({ type: 'paint', buffered: true })
          }),
        tapKey,
      ),
    )
    await page.waitForLoadState('load', { timeout: 120_000 })
  }
  return { name, median: median(times), worst: Math.max(...times) }
}

/**
 * Lets the page answer a tap with no script of its own: a mode link's by nothing but
 * <html data-view>, a speaker box's by nothing but its tick (the sidebar's CSS filters) — no
 * handler of the app's or the head script's, no address change, no render. What is left is
 * the browser restyling, laying out and painting the page: the floor of that interaction
 * for these styles, whatever the code does. `window.benchNoScript` says which, if any.
 */
async function installNoScript(page: Page) {
  // On the document, capturing: after the probe's listener on the window, before any other.
  // (Arrows passed straight on: a named function here would reach the page wrapped in a
  // helper of the TypeScript runner's that the page does not have.)
  await page.evaluate(() => {
    for (const type of ['click', 'input', 'change'])
      document.addEventListener(
        type,
        (event) => {
          const target = event.target instanceof Element ? event.target : null
          if (window.benchNoScript === 'filter' && target?.closest('.speaker')) {
            event.stopImmediatePropagation()
            return
          }
          const mode = target?.closest<HTMLElement>('[data-view-choice]')?.dataset.viewChoice
          if (window.benchNoScript !== 'mode' || !mode || type !== 'click') return
          event.preventDefault()
          event.stopImmediatePropagation()
          if (mode === 'ru') delete document.documentElement.dataset.view
          else document.documentElement.dataset.view = mode
        },
        { capture: true },
      )
  })
}

async function withoutScript(
  page: Page,
  kind: 'mode' | 'filter',
  run: () => Promise<Latency>,
): Promise<Latency> {
  const set = (value: typeof kind | null) =>
    page.evaluate((value) => (window.benchNoScript = value), value)
  await set(kind)
  try {
    return await run()
  } finally {
    await set(null)
  }
}

/** Median and worst input-to-next-frame time of the reader's interactions, CPU slowed 4×. */
export async function measureInteractions(url: string, reps = 20): Promise<Latency[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
    await page.addInitScript(installProbe, tapKey)
    await page.goto(url)
    await page.locator('.quote-card').first().waitFor()
    await page.waitForLoadState('networkidle')
    // And the page is idle: hydration (a long article's takes seconds) has finished. A
    // click during hydration waits for it; that cost is the first-paint table's TBT.
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)))
    await installNoScript(page)
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })

    // The other language's link: English, then Russian, and so on.
    const language = (i: number) => page.locator('a[data-language-link]').nth(i % 2 === 0 ? 1 : 0)
    // Side by side, English, Russian, and round again.
    const mode = (i: number) =>
      page.locator(`[data-view-choice="${['parallel', 'en', 'ru'][i % 3]}"]`)
    const speaker = () => page.locator('.speaker input').nth(1)
    const notes = (i: number) =>
      page.locator('.article-tools input[type="radio"]').nth(i % 2 === 0 ? 1 : 0)
    return [
      await measure(page, 'expand a card', () => page.locator('.quote-card summary').first(), reps),
      await measure(page, 'filter by a speaker', speaker, reps),
      await withoutScript(page, 'filter', () =>
        measure(page, 'filter by a speaker, the styles alone (no script)', speaker, reps),
      ),
      await measure(page, 'switch notes language', notes, reps),
      await measure(page, 'switch reading mode', mode, reps),
      await withoutScript(page, 'mode', () =>
        measure(page, 'switch reading mode, the styles alone (no script)', mode, reps),
      ),
      await measure(page, 'open a note', () => page.locator('button.term').first(), reps),
      // Last: it leaves the page. Timed to the new page's first paint, not the next frame.
      await measureNavigation(
        page,
        'switch interface language (tap to new page’s first paint)',
        language,
        reps,
      ).catch((error: unknown) => {
        // A page that never commits says so in the table, and the timings above still count.
        console.error(`language link: ${error instanceof Error ? error.message : String(error)}`)
        return { name: 'switch interface language (did not finish)', median: NaN, worst: NaN }
      }),
    ]
  } finally {
    await browser.close()
  }
}
