import { articlePath, expect, expectNoAxeViolations, languageLink, test } from './fixtures.ts'

test.describe('in a Russian browser', () => {
  test.use({ locale: 'ru-RU' })

  test('the library lists each article with its date, lead and speakers, in both languages', async ({
    page,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Статьи')
    await expect(page).toHaveTitle('Статьи — Tandem')
    const seed = page.getByRole('listitem').filter({ hasText: 'Политологи: отношения Казахстана' })
    await expect(seed.getByRole('heading', { level: 2 })).toHaveText(
      'Политологи: отношения Казахстана и Узбекистана строятся на взаимном доверии',
    )
    await expect(seed.locator('time[datetime="2025-11-14"]')).toHaveText('14 ноября 2025 г.')
    await expect(seed).toContainText('Спикеры: Фарход Толипов, Равшан Назаров')
    await expect(
      seed.locator('[lang="ru"]').filter({ hasText: /^По словам политолога/ }),
    ).toHaveText(
      'По словам политолога Фархода Толипова, нынешние отношения Казахстана и Узбекистана имеют стратегическое значение.',
    )
    await expectNoAxeViolations(page)

    await expect(languageLink(page, 'Русский')).toHaveAttribute('aria-current', 'page')
    await languageLink(page, 'English').click()
    await expect(page).toHaveURL(/\/en\/$/)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
    const english = page.getByRole('listitem').filter({ hasText: 'Political scientists' })
    await expect(english.locator('time')).toHaveText('November 14, 2025')
    await expect(english).toContainText('Speakers: Farkhod Tolipov, Ravshan Nazarov')
    await expect(english.locator('[lang="en"]').filter({ hasText: /^According to/ })).toBeVisible()
    await expectNoAxeViolations(page)

    await english.getByRole('link', { name: /^Political scientists/ }).click()
    await expect(page).toHaveURL(new RegExp(`/en${articlePath}$`))
    await expect(page.getByRole('main').getByRole('figure')).toHaveCount(6)
    await page.getByRole('link', { name: 'All articles' }).click()
    await expect(page).toHaveURL(/\/en\/$/)
  })
})

test.describe('an unknown address', () => {
  test.use({ expectedConsoleErrors: [/the server responded with a status of 404/] })

  test('an unknown address gets a not-found page in its language, with status 404', async ({
    page,
    request,
  }) => {
    for (const [path, title] of [
      ['/a/no-such-article/', 'Страница не найдена — Tandem'],
      ['/en/a/no-such-article', 'Page not found — Tandem'],
      ['/about', 'Страница не найдена — Tandem'],
    ]) {
      const response = await request.get(path!)
      expect(response.status()).toBe(404)
      expect(await response.text()).toContain(`<title>${title}</title>`)
    }
    const response = await page.goto('/en/a/no-such-article/')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Go to the list of articles' }).click()
    await expect(page).toHaveURL(/\/en\/$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Articles')
  })
})

test('links from before the library still open the first article', async ({ page }) => {
  await page.goto('/?speaker=nazarov&lang=en#quote-q5')
  await expect(page).toHaveURL(
    new RegExp(`/en${articlePath}\\?speaker=nazarov&lang=en#quote-q5$`.replaceAll('/', '\\/')),
  )
  await expect(page.getByRole('main').getByRole('figure')).toHaveCount(4)
  await page.goto('/?lang=ru')
  await expect(page).toHaveURL(new RegExp(`${articlePath}\\?lang=ru$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Политологи/)
  // An article path without its final slash is the same page.
  await page.goto(articlePath.slice(0, -1))
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
})
