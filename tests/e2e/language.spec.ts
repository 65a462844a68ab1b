import {
  articlePath,
  disclosureOf,
  expect,
  expectNoAxeViolations,
  languageLink,
  quoteCards,
  summary,
  test,
} from './fixtures.ts'

test.describe('in a Russian browser', () => {
  test.use({ locale: 'ru-RU' })

  test('the language link opens the other page with the same view, and the choice is saved', async ({
    page,
  }) => {
    await page.goto(`${articlePath}?speaker=nazarov&notes=en#quote-q5`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(languageLink(page, 'Русский')).toHaveAttribute('aria-current', 'page')
    await expect(languageLink(page, 'English')).not.toHaveAttribute('aria-current')
    await expect(languageLink(page, 'English')).toHaveAttribute('hreflang', 'en')
    await expect(languageLink(page, 'English')).toHaveAttribute(
      'href',
      `/en${articlePath}?speaker=nazarov&notes=en#quote-q5`,
    )

    await languageLink(page, 'English').click()
    await expect(page).toHaveURL(
      new RegExp(`/en${articlePath}\\?speaker=nazarov&notes=en#quote-q5$`),
    )
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.locator('time')).toHaveText('November 14, 2025')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Political scientists/)
    await expect(page).toHaveTitle(/^Political scientists: .* — Tandem$/)
    await expect(page.getByRole('complementary', { name: 'Speakers' })).toBeVisible()
    await expect(quoteCards(page)).toHaveCount(4)
    await expect(disclosureOf(summary(page.locator('#quote-q5'), /Translation/))).toHaveAttribute(
      'open',
    )
    await expect(
      page.getByRole('group', { name: 'Glossary notes' }).getByRole('radio', { name: 'English' }),
    ).toBeChecked()
    await expect(languageLink(page, 'English')).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)

    // The saved choice holds on a link without ?lang=, in a browser that asks for Russian.
    await page.goto(articlePath)
    await expect(page).toHaveURL(new RegExp(`/en${articlePath}$`))
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')

    await languageLink(page, 'Русский').click()
    await expect(page).toHaveURL(new RegExp(`[^n]${articlePath}$`))
    await expect(page.getByRole('complementary', { name: 'Спикеры' })).toBeVisible()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    expect(await page.evaluate(() => localStorage.getItem('tandem:language'))).toBe('ru')
  })

  test('Back after the language link returns to the previous language’s page', async ({ page }) => {
    await page.goto(articlePath)
    await languageLink(page, 'English').click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`[^n]${articlePath}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await page.goForward()
    await expect(page).toHaveURL(new RegExp(`/en${articlePath}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  })

  test('the language link keeps the reader’s place', async ({ page }) => {
    await page.goto(articlePath)
    // The reader has read down to the seventh paragraph, then reaches for the switch.
    await page.locator('#p7').evaluate((paragraph) => paragraph.scrollIntoView())
    // and stays there a moment, reading (the place is where the reader last stopped).
    await page.waitForTimeout(800)
    await languageLink(page, 'English').click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page).toHaveURL(/#p7$/)
    await expect(page.locator('#p7')).toBeInViewport()
  })
})

test('?lang= opens the page it names and is dropped by the language link', async ({ page }) => {
  await page.goto(`/en${articlePath}?lang=ru&speaker=tolipov`)
  await expect(page).toHaveURL(new RegExp(`[^n]${articlePath}\\?lang=ru&speaker=tolipov$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await languageLink(page, 'English').click()
  await expect(page).toHaveURL(new RegExp(`/en${articlePath}\\?speaker=tolipov$`))
  await expect(quoteCards(page)).toHaveCount(2)
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

test('an /en/ page is English whatever was saved and whatever the browser says', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ru-RU' })
  const page = await context.newPage()
  await page.addInitScript(() => localStorage.setItem('tandem:language', 'ru'))
  await page.goto(`/en${articlePath}`)
  await expect(page).toHaveURL(new RegExp(`/en${articlePath}$`))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await context.close()
})

test('every Russian and English part carries its lang', async ({ page }) => {
  await page.goto(`/en${articlePath}`)
  await page.getByRole('button', { name: 'Expand all' }).click()
  await expect(page.locator('blockquote:not([lang="ru"])')).toHaveCount(0)
  await expect(page.locator('.translation p[lang="en"]')).toHaveCount(7)
  await expect(page.locator('.translation p:not([lang="en"])')).toHaveCount(0)
  await expect(page.locator('.passage-translation p:not([lang="en"])')).toHaveCount(0)
  await expect(page.locator('.passage > p[id]:not([lang="ru"])')).toHaveCount(0)
  await expect(languageLink(page, 'Русский')).toHaveAttribute('lang', 'ru')
  await expect(languageLink(page, 'English')).toHaveAttribute('lang', 'en')
  await expect(
    page.getByRole('radio', { name: 'Русский' }).first().locator('xpath=..'),
  ).toHaveAttribute('lang', 'ru')
})
