import { createServer } from 'node:http'
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

test.describe('on a slow line', () => {
  // A proxy on the next port hands the page over in two parts, pausing inside the article's
  // tools, as a slow line might. It is the test's own origin, so the page's requests stay
  // on one origin.
  const upstream = `http://127.0.0.1:${Number(process.env.TANDEM_E2E_PORT ?? 4173)}`
  const port = Number(process.env.TANDEM_E2E_PORT ?? 4173) + 1
  test.use({ baseURL: `http://127.0.0.1:${port}` })

  test('the first paint waits until the controls above the article are whole, so nothing moves', async ({
    page,
  }) => {
    let release = () => {}
    const paused = new Promise<void>((resolve) => (release = resolve))
    const server = createServer((request, response) => {
      void (async () => {
        const answer = await fetch(`${upstream}${request.url}`)
        const type = answer.headers.get('content-type') ?? 'text/plain'
        const body = await answer.text()
        response.writeHead(answer.status, { 'content-type': type })
        if (!type.startsWith('text/html')) return response.end(body)
        // Up to the notes language's options: the last choice before the first paragraph.
        const cut = body.lastIndexOf('class="choice-options"', body.indexOf('id="p1"'))
        response.write(body.slice(0, cut))
        await paused
        response.end(body.slice(cut))
      })()
    })
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    try {
      await page.goto(`/en${articlePath}`, { waitUntil: 'commit' })
      await expect(page.getByRole('heading', { level: 1 })).toBeAttached()
      // Half a second with half the controls: a browser free to paint has painted by then.
      const paintedEarly = await page.evaluate(
        () =>
          new Promise<number>((resolve) =>
            setTimeout(() => resolve(performance.getEntriesByType('paint').length), 500),
          ),
      )
      expect(paintedEarly).toBe(0)
      release()
      await page.waitForLoadState('load')
      await expect(page.getByRole('group', { name: 'Glossary notes' })).toBeVisible()
      expect(await layoutShift(page)).toBe(0)
    } finally {
      release()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
