import type { Page } from '@playwright/test'
import {
  articlePath,
  expect,
  expectEachVisible,
  quoteCards,
  sourceParagraphs,
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
    expect(html).toContain('aria-controls="note-p2-khiva"')
    expect(html).not.toMatch(/<link rel="stylesheet"/)
  }
})

test('without JavaScript the article reads in full and the notes are listed', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`/en${articlePath}`)
  const paragraphs = page.getByRole('article').locator('p[lang="ru"], blockquote[lang="ru"] > p')
  expect(await paragraphs.allTextContents()).toEqual(sourceParagraphs)
  await expectEachVisible(paragraphs)
  const glossary = page.getByRole('region', { name: 'Glossary notes' })
  await expect(glossary).toBeVisible()
  await expect(glossary).toContainText('An ancient city in Uzbekistan’s Khorezm Region')
  await expect(page.getByRole('button', { name: 'Expand all' })).toBeHidden()
  // Playwright's text matchers skip <noscript>, so this reads the text as shown.
  expect(await page.locator('body').innerText()).not.toContain('needs JavaScript')
  await context.close()
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

test('switching language moves to that language’s page, and a reload stays there', async ({
  page,
}) => {
  await page.goto(`${articlePath}?lang=ru`)
  await page.getByRole('group', { name: 'Язык' }).getByRole('radio', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/a\/2025-11-14-kazakhstan-uzbekistan\/\?lang=en$/)
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Political scientists/)
})

/**
 * The page asks for its code once it has painted; this holds that code back on the network
 * until the returned function is called, so that taps can come before it.
 */
async function holdBackCode(page: Page): Promise<() => void> {
  let deliverCode = () => {}
  const codeHeld = new Promise<void>((resolve) => (deliverCode = resolve))
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await codeHeld
    await route.continue()
  })
  return deliverCode
}

test('taps made before the code has arrived take effect when it does', async ({ page }) => {
  const deliverCode = await holdBackCode(page)
  await page.goto(`/en${articlePath}?lang=en`)
  const toggle = quoteCards(page)
    .nth(1)
    .getByRole('button', { name: /Translation and details/ })
  const tolipov = page
    .getByRole('complementary', { name: 'Speakers' })
    .getByRole('checkbox', { name: /Farkhod Tolipov/ })
  await tolipov.click()
  await toggle.click()
  // Nothing happens yet, and nothing half-happens: the checkbox did not tick on its own.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false')
  await expect(tolipov).not.toBeChecked()

  deliverCode()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(tolipov).toBeChecked()
  await expect(page.getByRole('status')).toHaveText('Showing 2 of 6 quotes')
  // The filter joins what the address already held.
  await expect(page).toHaveURL(/\?lang=en&speaker=tolipov$|\?speaker=tolipov&lang=en$/)
})

test('a tap elsewhere before the code has arrived closes the note an earlier tap opens', async ({
  page,
}) => {
  const deliverCode = await holdBackCode(page)
  await page.goto(`${articlePath}?lang=ru`)
  const tolipov = page
    .getByRole('complementary', { name: 'Спикеры' })
    .getByRole('checkbox', { name: /Фарход Толипов/ })
  const term = page.getByRole('button', { name: 'Хиву' })
  await tolipov.click()
  await term.click()
  await page.getByRole('heading', { level: 1 }).click()

  deliverCode()
  // The checkbox's tap was answered, so the term's was too, and the tap after it then
  // closed the note again.
  await expect(page.getByRole('status')).toHaveText('Показано 2 из 6 цитат')
  await expect(term).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByRole('note')).toHaveCount(0)
})
