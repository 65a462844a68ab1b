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

test('filters by speaker, announces the count and keeps it in the URL', async ({ page }) => {
  await page.goto(`${articlePath}?lang=en`)
  const sidebar = page.getByRole('complementary', { name: 'Speakers' })
  const status = page.getByRole('complementary').getByRole('status')
  await expect(status).toHaveText('Showing 6 of 6 quotes')
  await expect(page.getByText(/^По словам политолога Фархода Толипова/)).toBeVisible()

  await sidebar.getByRole('checkbox', { name: /Ravshan Nazarov/ }).click()
  await expect(page).toHaveURL(/\?lang=en&speaker=nazarov$|\?speaker=nazarov&lang=en$/)
  await expect(quoteCards(page)).toHaveCount(4)
  await expect(status).toHaveText('Showing 4 of 6 quotes')
  // Reported speech goes with its speaker's quotes.
  await expect(page.getByText(/^По словам политолога Фархода Толипова/)).toBeHidden()
  await expect(page.getByText('Reported speech: Farkhod Tolipov')).toHaveCount(3)
  await expect(
    page.getByText('Reported speech: Farkhod Tolipov').filter({ visible: true }),
  ).toHaveCount(0)
  await expectNoAxeViolations(page)

  await sidebar.getByRole('checkbox', { name: /Farkhod Tolipov/ }).click()
  await expect(quoteCards(page)).toHaveCount(6)
  await sidebar.getByRole('button', { name: 'Show all' }).click()
  await expect(page).toHaveURL(/\/\?lang=en$/)
  await expect(sidebar.getByRole('checkbox', { checked: true })).toHaveCount(0)
  await expect(status).toHaveText('Showing 6 of 6 quotes')
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
  await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
    'Showing 4 of 6 quotes',
  )
})

test('a shared link reproduces the view and opens the linked quote', async ({ page }) => {
  await page.goto(`${articlePath}?speaker=nazarov&lang=en&notes=ru#quote-q5`)
  await expect(quoteCards(page)).toHaveCount(4)
  const linked = page.locator('#quote-q5')
  await expect(disclosureOf(summary(linked, /Translation and details/))).toHaveAttribute('open')
  await expect(linked.locator('.translation p[lang="en"]')).toBeVisible()
  await expect(linked).toBeInViewport()
  // Only the linked card opens.
  await expect(page.locator('main details[open]')).toHaveCount(1)
  await expect(
    page.getByRole('group', { name: 'Glossary notes' }).getByRole('radio', { name: 'Русский' }),
  ).toBeChecked()
})

test.describe('in a Russian browser', () => {
  test.use({ locale: 'ru-RU' })

  // Reached without ?lang= (the browser's language chose Russian), so only the page says
  // Russian once the English link has saved 'en'.
  test('Back returns to the page in the language the earlier entry was read in', async ({
    page,
  }) => {
    await page.goto(articlePath)
    await page.getByRole('checkbox', { name: /Равшан Назаров/ }).click()
    await expect(page).toHaveURL(new RegExp(`${articlePath}\\?speaker=nazarov$`))
    await languageLink(page, 'English').click()
    await expect(page).toHaveURL(new RegExp(`/en${articlePath}\\?speaker=nazarov$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(quoteCards(page)).toHaveCount(4)

    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`[^n]${articlePath}\\?speaker=nazarov$`))
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Политологи/)
    await expect(quoteCards(page)).toHaveCount(4)
    await expect(page.getByRole('checkbox', { name: /Равшан Назаров/ })).toBeChecked()
    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
    await expect(quoteCards(page)).toHaveCount(6)
  })

  // Issue 14: filter, reload, Back once showed the filtered cards under the unfiltered
  // address, one run in three: three rounds. In this Chromium the Back after a reload stays
  // in the reloaded document (a popstate the app answers from the URL), so this one checks
  // the app; the test after it is the one a browser restoring the boxes fails.
  test('Back after a reload shows the unfiltered entry unfiltered', async ({ page }) => {
    const nazarov = page.getByRole('checkbox', { name: /Равшан Назаров/ })
    const status = page.getByRole('complementary').getByRole('status')
    for (let round = 0; round < 3; round++) {
      await page.goto(articlePath)
      await nazarov.click()
      await expect(page).toHaveURL(new RegExp(`${articlePath}\\?speaker=nazarov$`))
      await expect(quoteCards(page)).toHaveCount(4)
      await page.reload()
      await expect(nazarov).toBeChecked()
      await expect(status).toHaveText('Показано 4 из 6 цитат')

      // goBack waits for the page's load event: by then the app's code has read the form.
      await page.goBack()
      await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
      await expect(nazarov).not.toBeChecked()
      await expect(quoteCards(page)).toHaveCount(6)
      await expect(status).toHaveText('Показано 6 из 6 цитат')
      await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
    }
  })

  // The same promise where Chromium does restore form boxes: back across another page to
  // the entry before the filter, whose document is loaded again. Without the form's
  // autocomplete="off" the box comes back ticked and the CSS filter hides 2 of the 6 cards
  // under the unfiltered address (checked: this test fails then).
  test('Back from another page to the unfiltered entry shows it unfiltered', async ({ page }) => {
    const nazarov = page.getByRole('checkbox', { name: /Равшан Назаров/ })
    for (let round = 0; round < 3; round++) {
      await page.goto(articlePath)
      await nazarov.click()
      await expect(page).toHaveURL(new RegExp(`${articlePath}\\?speaker=nazarov$`))
      await page.getByRole('link', { name: 'Все статьи' }).click()
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Статьи')

      // Later, not inside the evaluation that the navigation would end.
      await page.evaluate(() => void setTimeout(() => history.go(-2)))
      await page.waitForURL(new RegExp(`${articlePath}$`))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Политологи/)
      await expect(nazarov).not.toBeChecked()
      await expect(quoteCards(page)).toHaveCount(6)
      await expect(page.getByRole('complementary').getByRole('status')).toHaveText(
        'Показано 6 из 6 цитат',
      )
      await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
    }
  })
})
