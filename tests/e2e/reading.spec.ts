import type { Page } from '@playwright/test'
import {
  articlePath,
  disclosureOf,
  expect,
  expectEachVisible,
  expectNoAxeViolations,
  quoteCards,
  sourceParagraphs,
  summary,
  test,
} from './fixtures.ts'

/** Every card and every passage translation is open, or every one closed. */
async function expectEveryDisclosure(page: Page, open: boolean) {
  const toggles = summary(page.getByRole('article'), /Translation|English translation/)
  await expect(toggles).toHaveCount(15)
  for (const toggle of await toggles.all())
    if (open) await expect(disclosureOf(toggle)).toHaveAttribute('open')
    else await expect(disclosureOf(toggle)).not.toHaveAttribute('open')
}

test('reads the whole article word for word, typos included', async ({ page }) => {
  await page.goto(`${articlePath}?lang=ru`)
  const article = page.getByRole('main').getByRole('article')
  await expect(article.getByRole('heading', { level: 1 })).toBeVisible()
  // The article's own paragraphs: passages and quote cards, not the interface around them.
  const russianParagraphs = await article
    .locator('p[lang="ru"], blockquote[lang="ru"] > p')
    .allTextContents()
  expect(russianParagraphs).toEqual(sourceParagraphs)

  // Each one shown. (Not innerText: blocks off screen skip rendering, see styles.css.)
  await expectEachVisible(article.locator('p[lang="ru"], blockquote[lang="ru"] > p'))
  expect(russianParagraphs.join('\n')).toContain('двух государство')
  expect(russianParagraphs.join('\n')).toContain('технлогий')
  await expect(page.locator('.sic')).toHaveCount(2)
})

test('shows the date, the editorial headline and six collapsed cards', async ({ page }) => {
  await page.goto(`${articlePath}?lang=ru`)
  await expect(page.locator('time[datetime="2025-11-14"]')).toHaveText('14 ноября 2025 г.')
  await expect(page.getByText('Заголовок редакции Tandem')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(quoteCards(page)).toHaveCount(6)
  for (const card of await quoteCards(page).all()) {
    await expect(card.locator('blockquote')).toHaveAttribute('lang', 'ru')
    await expect(card.locator('figcaption')).toBeVisible()
    const toggle = summary(card, /Перевод и подробности/)
    await expect(toggle).toBeVisible()
    await expect(disclosureOf(toggle)).not.toHaveAttribute('open')
    await expect(card.locator('.translation')).toBeHidden()
  }
  await expect(quoteCards(page).nth(0).locator('figcaption')).toContainText('Фарход Толипов')
  await expect(quoteCards(page).nth(2).locator('figcaption')).toContainText('Равшан Назаров')
  // The toggle names its card for a screen reader; the name is hidden from sight.
  await expect(summary(quoteCards(page).nth(2), /Перевод и подробности/)).toHaveAccessibleName(
    'Перевод и подробности (цитата 3, Равшан Назаров)',
  )
  await expect(summary(quoteCards(page).nth(2), /Перевод/).locator('.visually-hidden')).toHaveText(
    ' (цитата 3, Равшан Назаров)',
  )
  await expectNoAxeViolations(page)
})

test('expands one card, then all, then none', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const card = quoteCards(page).nth(1)
  const toggle = summary(card, /Translation and details/)
  await expect(toggle).toHaveAccessibleName('Translation and details (quote 2, Farkhod Tolipov)')
  await toggle.click()
  await expect(disclosureOf(toggle)).toHaveAttribute('open')
  await expect(card.getByRole('link', { name: 'Link to this quote' })).toHaveAttribute(
    'href',
    '#quote-q2',
  )
  await expect(card.getByText(/Since the 1990s, analysts have been saying/)).toBeVisible()
  await expect(card.getByText('— сказал Ф.Толипов.', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Expand all' }).click()
  await expectEveryDisclosure(page, true)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expectEveryDisclosure(page, false)
})

test('Expand all opens only what the filter shows', async ({ page }) => {
  await page.goto(`/en${articlePath}?speaker=tolipov`)
  await expect(quoteCards(page)).toHaveCount(2)
  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(page.locator('#quote-q1 details')).toHaveAttribute('open')
  await expect(page.locator('#quote-q3 details')).not.toHaveAttribute('open')
  await expect(page.locator('article details[open]').filter({ visible: false })).toHaveCount(0)
})

test('reported speech is attributed and has its translation', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const passage = page.getByText('Reported speech: Farkhod Tolipov').first()
  await expect(passage).toBeVisible()
  const toggle = summary(page.locator('.passage').first(), 'English translation')
  await expect(page.getByText(/According to political scientist Farkhod Tolipov/)).toBeHidden()
  await toggle.click()
  await expect(disclosureOf(toggle)).toHaveAttribute('open')
  await expect(page.getByText(/According to political scientist Farkhod Tolipov/)).toBeVisible()
  await expectNoAxeViolations(page)
})

test('the header names the source and links to the original', async ({ page }) => {
  for (const [path, label, outlet] of [
    [`/en${articlePath}`, 'Source:', 'Kazinform'],
    [`${articlePath}?lang=ru`, 'Источник:', 'Казинформ'],
  ] as const) {
    await page.goto(path)
    const meta = page.locator('.article-meta')
    await expect(meta).toContainText(`${label} ${outlet}`)
    await expect(meta.getByRole('link', { name: outlet })).toHaveAttribute(
      'href',
      /^https:\/\/www\.inform\.kz\/ru\//,
    )
  }
})

test('following the source link goes to the original, not to another page here', async ({
  page,
}) => {
  await page.goto(`/en${articlePath}`)
  const source = page.getByRole('link', { name: 'Kazinform' })
  const original = await source.getAttribute('href')
  // The page's own click handlers run as on a real click; only leaving the site is stopped,
  // so the test needs no network beyond this origin.
  await source.evaluate((link) => link.addEventListener('click', (event) => event.preventDefault()))
  await source.click()
  await expect(source).toHaveAttribute('href', original!)
  expect(await page.evaluate(() => localStorage.getItem('tandem:language'))).toBeNull()
})
