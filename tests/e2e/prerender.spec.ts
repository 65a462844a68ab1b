import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  articlePath,
  expect,
  expectEachVisible,
  layoutShift,
  sourceParagraphs,
  summary,
  test,
} from './fixtures.ts'

test('the HTML itself holds the whole article, in each interface language', async ({ request }) => {
  const russian = await (await request.get(articlePath)).text()
  const english = await (await request.get(`/en${articlePath}`)).text()
  expect(russian).toMatch(/<html lang="ru">/)
  expect(english).toMatch(/<html lang="en">/)
  expect(russian).toContain('Политологи: отношения Казахстана и Узбекистана')
  expect(english).toContain('Political scientists: Kazakhstan–Uzbekistan ties')
  for (const html of [russian, english]) {
    // HTML attribute names are case-insensitive; React writes this one as dateTime.
    expect(html).toMatch(/<time datetime="2025-11-14">/i)
    expect(html.match(/<figure/g)).toHaveLength(6)
    expect(html).toMatch(/<aside[^>]*aria-labelledby="speakers-heading"/)
    // The cards and translations open without code: each is a <details> with its English.
    expect(html.match(/<details/g)?.length).toBeGreaterThanOrEqual(15)
    expect(html).toContain('According to political scientist Farkhod Tolipov')
    // The notes are popovers the terms open.
    expect(html).toMatch(/popovertarget="note-khiva"/i)
    expect(html).toMatch(/<div id="note-khiva" popover="auto" role="note"/)
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy"/)
    expect(html).not.toMatch(/<link rel="stylesheet"/)
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the article reads in full, and the tools that need a script are out of the way', async ({
    page,
  }) => {
    await page.goto(`/en${articlePath}`)
    const paragraphs = page.getByRole('article').locator('p[lang="ru"], blockquote[lang="ru"] > p')
    expect(await paragraphs.allTextContents()).toEqual(sourceParagraphs)
    await expectEachVisible(paragraphs)
    await expectEachVisible(summary(page, /Translation and details/))
    await expectEachVisible(page.getByRole('button', { name: 'Хиву' }))
    await expect(page.getByRole('button', { name: 'Expand all' })).toBeHidden()
    await expect(page.getByRole('group', { name: 'Glossary notes' })).toBeHidden()
    await expect(page.getByRole('group', { name: 'Language' }).getByRole('link')).toHaveCount(2)
    // Playwright's text matchers skip <noscript>, so this reads the text as shown.
    expect(await page.locator('body').innerText()).not.toContain('needs JavaScript')
  })
})

test('a visit that wants the other language lands on its page before painting', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US' })
  const page = await context.newPage()
  await page.goto(`${articlePath}?speaker=nazarov#quote-q5`)
  await expect(page).toHaveURL(
    /\/en\/a\/2025-11-14-kazakhstan-uzbekistan\/\?speaker=nazarov#quote-q5$/,
  )
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Political scientists/)
  await expect(page.getByRole('main').getByRole('figure')).toHaveCount(4)
  await context.close()
})

/**
 * A line that hands over the page's HTML in parts: it stops at each place `pauseAt` names
 * (a function of the page's HTML, giving an offset) until `resume` is called. It proxies the
 * test server and stands in for it as the test's origin, so the page's requests stay on one
 * origin, and closes after the page does.
 */
const slowLine = test.extend<{
  line: {
    url: string
    pauseAt: (...places: ((html: string) => number)[]) => void
    resume: () => void
  }
}>({
  // Playwright reads a fixture's dependencies from its first parameter: this one has none.
  // eslint-disable-next-line no-empty-pattern
  line: async ({}, use, testInfo) => {
    const upstream = testInfo.project.use.baseURL
    let places: ((html: string) => number)[] = []
    const waiting: (() => void)[] = []
    let resumes = 0
    const resumed = (count: number) =>
      new Promise<void>((resolve) => (resumes >= count ? resolve() : waiting.push(resolve)))
    const server = createServer((request, response) => {
      void (async () => {
        const answer = await fetch(`${upstream}${request.url}`)
        const type = answer.headers.get('content-type') ?? 'text/plain'
        const body = await answer.text()
        response.writeHead(answer.status, { 'content-type': type })
        if (!type.startsWith('text/html') || !places.length) return response.end(body)
        const cuts = places.map((place) => place(body))
        places = []
        let from = 0
        for (const [i, cut] of cuts.entries()) {
          if (!(cut > from)) throw new Error(`slow line: pause ${i + 1} is at ${cut}`)
          response.write(body.slice(from, cut))
          from = cut
          await resumed(i + 1)
        }
        response.end(body.slice(from))
      })().catch((error: unknown) => {
        testInfo.attach('slow line', { body: String(error) }).catch(() => {})
        response.destroy(error instanceof Error ? error : undefined)
      })
    })
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(0, '127.0.0.1', resolve)
    })
    await use({
      url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
      pauseAt: (...next) => (places = next),
      resume: () => {
        resumes += 1
        waiting.splice(0).forEach((resolve) => resolve())
      },
    })
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  },
  baseURL: async ({ line }, use) => use(line.url),
})

slowLine(
  'the first paint waits until the controls above the article are whole, so nothing moves',
  async ({ page, line }) => {
    const firstParagraph = (html: string) => html.indexOf('id="p1"')
    line.pauseAt(
      // Inside the article's tools: before the notes language's options.
      (html) => html.lastIndexOf('class="choice-options"', firstParagraph(html)),
      // Just inside the first paragraph.
      (html) => html.indexOf('>', firstParagraph(html)) + 1,
    )
    const paints = () => page.evaluate(() => performance.getEntriesByType('paint').length)
    await page.goto(`/en${articlePath}`, { waitUntil: 'commit' })
    await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
    // Half a second with half the controls: a browser free to paint has painted by then.
    await page.waitForTimeout(500)
    expect(await paints()).toBe(0)

    line.resume()
    await expect(page.locator('#p1')).toBeAttached()
    await expect.poll(paints).toBeGreaterThan(0)

    line.resume()
    await expect(page.getByRole('group', { name: 'Glossary notes' })).toBeVisible()
    await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
      'Showing 6 of 6 quotes',
    )
    expect(await layoutShift(page)).toBe(0)
  },
)
