import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, quoteCards, test, articlePath } from './fixtures.ts'

test('filters by speaker, announces the count and keeps it in the URL', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  const status = page.getByRole('status')
  await expect(status).toHaveText('Showing 6 of 6 quotes')
  await expect(page.getByText(/^По словам политолога Фархода Толипова/)).toBeVisible()

  await sidebar.getByRole('checkbox', { name: /Ravshan Nazarov/ }).click()
  await expect(page).toHaveURL(/\?lang=en&speaker=nazarov$|\?speaker=nazarov&lang=en$/)
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(status).toHaveText('Showing 4 of 6 quotes')
  await expect(page.getByText(/^По словам политолога Фархода Толипова/)).toBeHidden()
  await expectNoAxeViolations(page)

  await sidebar.getByRole('checkbox', { name: /Farkhod Tolipov/ }).click()
  await expect(quoteCards(page)).toHaveCount(6)
  await sidebar.getByRole('button', { name: 'Show all' }).click()
  await expect(page).toHaveURL(/\/\?lang=en$/)
})

test('Back and Forward step through filter changes', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  await sidebar.getByRole('checkbox', { name: /Farkhod Tolipov/ }).click()
  await expect(quoteCards(page)).toHaveCount(2)
  await sidebar.getByRole('checkbox', { name: /Farkhod Tolipov/ }).click()
  await sidebar.getByRole('checkbox', { name: /Ravshan Nazarov/ }).click()
  await expect(quoteCards(page)).toHaveCount(4)

  await page.goBack()
  await expect(quoteCards(page)).toHaveCount(6)
  await page.goBack()
  await expect(quoteCards(page)).toHaveCount(2)
  await expect(sidebar.getByRole('checkbox', { name: /Farkhod Tolipov/ })).toBeChecked()
  await page.goForward()
  await page.goForward()
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(page.getByRole('status')).toHaveText('Showing 4 of 6 quotes')
})

test('a shared link reproduces the view and opens the linked quote', async ({ page }) => {
  await page.goto(`${articlePath}?speaker=nazarov&lang=en&notes=ru#quote-q5`)
  await expect(quoteCards(page)).toHaveCount(4)
  const linked = page.locator('#quote-q5')
  await expect(linked.getByRole('button', { name: /Translation/ })).toHaveAttribute(
    'aria-expanded',
    'true',
  )
  await expect(linked).toBeInViewport()
  await expect(
    page.getByRole('group', { name: 'Glossary notes' }).getByRole('radio', { name: 'Русский' }),
  ).toBeChecked()
})

/** Read in Russian, filter by a speaker, switch to English, then Back to the Russian entry. */
async function filterSwitchToEnglishAndGoBack(page: Page) {
  await page.goto(`${articlePath}?lang=ru`)
  await page.getByRole('checkbox', { name: /Равшан Назаров/ }).click()
  await page.getByRole('group', { name: 'Язык' }).getByRole('radio', { name: 'English' }).click()
  await expect(page).toHaveURL(/\?lang=en&speaker=nazarov$/)
  await page.goBack()
  await expect(page).toHaveURL(/\?lang=ru$/)
}

test('Back returns to the language the earlier entry was read in', async ({ page }) => {
  await filterSwitchToEnglishAndGoBack(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(quoteCards(page)).toHaveCount(6)
})

test('Back wins over a switch whose strings are still loading', async ({ page }) => {
  let release = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route('**/locales/en.json', async (route) => {
    await held
    await route.continue()
  })
  await filterSwitchToEnglishAndGoBack(page)
  const loaded = page.waitForResponse('**/locales/en.json')
  release()
  await loaded
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Политологи/)
  await expect(
    page.getByRole('group', { name: 'Язык' }).getByRole('radio', { name: 'Русский' }),
  ).toBeChecked()
})
