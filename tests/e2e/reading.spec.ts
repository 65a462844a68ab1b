import type { Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  quoteCards,
  sourceParagraphs,
  test,
  articlePath,
  expectEachVisible,
} from './fixtures.ts'

async function expectEveryCard(page: Page, expanded: 'true' | 'false') {
  const toggles = quoteCards(page).getByRole('button', { name: /Translation/ })
  await expect(toggles).toHaveCount(6)
  for (const toggle of await toggles.all())
    await expect(toggle).toHaveAttribute('aria-expanded', expanded)
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
    await expect(card.getByRole('button', { name: /Перевод и подробности/ })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
  }
  await expect(quoteCards(page).nth(0).locator('figcaption')).toContainText('Фарход Толипов')
  await expect(quoteCards(page).nth(2).locator('figcaption')).toContainText('Равшан Назаров')
  await expectNoAxeViolations(page)
})

test('expands one card, then all, then none', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const card = quoteCards(page).nth(1)
  const toggle = card.getByRole('button', { name: /Translation and details/ })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  await expect(card.getByText(/Since the 1990s, analysts have been saying/)).toBeVisible()
  await expect(card.getByText('— сказал Ф.Толипов.', { exact: true })).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Expand all' }).click()
  await expectEveryCard(page, 'true')
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Collapse all' }).click()
  await expectEveryCard(page, 'false')
})

test('reported speech is attributed and has its translation', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const passage = page.getByText('Reported speech: Farkhod Tolipov').first()
  await expect(passage).toBeVisible()
  const toggle = page.getByRole('button', { name: 'English translation' }).first()
  await toggle.click()
  await expect(page.getByText(/According to political scientist Farkhod Tolipov/)).toBeVisible()
  await expectNoAxeViolations(page)
})
