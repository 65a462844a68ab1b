import { expect, expectNoAxeViolations, test, articlePath } from './fixtures.ts'

test('switches the interface language: strings, date, <html lang> and the saved choice', async ({
  page,
}) => {
  await page.goto(`${articlePath}?lang=ru`)
  await page.getByRole('group', { name: 'Язык' }).getByRole('radio', { name: 'English' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.locator('time')).toHaveText('November 14, 2025')
  await expect(page.getByRole('complementary', { name: 'Speakers' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Political scientists: Kazakhstan–Uzbekistan ties are built on mutual trust',
  )
  await expect(page).toHaveURL(/\?lang=en$/)
  await expect(page).toHaveTitle(/^Political scientists: .* — Tandem$/)
  await expectNoAxeViolations(page)

  // The saved choice holds on a link without ?lang=.
  await page.goto(articlePath)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page
    .getByRole('group', { name: 'Language' })
    .getByRole('radio', { name: 'Русский' })
    .click()
  await expect(page.getByRole('complementary', { name: 'Спикеры' })).toBeVisible()
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
})

test('without a URL or saved choice, the browser language decides', async ({ browser }) => {
  for (const [locale, expected] of [
    ['ru-RU', 'ru'],
    ['kk-KZ', 'en'],
  ] as const) {
    const context = await browser.newContext({ locale })
    const page = await context.newPage()
    await page.goto(articlePath)
    await expect(page.locator('html')).toHaveAttribute('lang', expected)
    await context.close()
  }
})

test('every Russian and English part carries its lang', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(page.locator('blockquote:not([lang="ru"])')).toHaveCount(0)
  await expect(
    page.locator('.translation p:not([lang="en"]), p.translation:not([lang="en"])'),
  ).toHaveCount(0)
  await expect(
    page.getByRole('radio', { name: 'Русский' }).first().locator('xpath=..'),
  ).toHaveAttribute('lang', 'ru')
})
